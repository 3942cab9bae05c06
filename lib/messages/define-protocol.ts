import * as v from 'valibot';

/** One message: the schema of its data, which the receiver validates, and of its answer. */
export interface MessageSchemas {
  request: v.GenericSchema;
  response: v.GenericSchema;
}

export type MessageMap = Record<string, MessageSchemas>;

/** The messaging library's protocol map, inferred from a map of schemas: no second type map. */
export type ProtocolOf<M extends MessageMap> = {
  [K in keyof M]: (data: v.InferOutput<M[K]['request']>) => v.InferOutput<M[K]['response']>;
};

export class InvalidMessageError extends Error {
  override name = 'InvalidMessageError';
}

/** Validates a message's data against its map; throws InvalidMessageError with a readable reason. */
export function parseMessage<M extends { [N in keyof M]: MessageSchemas }, K extends keyof M & string>(map: M, name: K, data: unknown): v.InferOutput<M[K]['request']> {
  const result = v.safeParse(map[name].request, data);
  if (!result.success) {
    const issue = result.issues[0];
    const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
    throw new InvalidMessageError(`invalid ${name} request${path ? ` at ${path}` : ''}: ${issue.message}`);
  }
  return result.output;
}
