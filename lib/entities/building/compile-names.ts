import type { CompiledNames, Knowledge } from '../types.ts';
import { NamePlan } from '../recognition/name-plan.ts';
import { RecordingNameKeys } from '../recognition/name-keys.ts';

/**
 * The names' match keys, to ship inside the knowledge (see `Knowledge.compiled`): the
 * recogniser's own build, recording the keys in the order a page's build will ask for them.
 */
export function compileNames(knowledge: Knowledge): CompiledNames {
  const names = new RecordingNameKeys();
  new NamePlan(knowledge, names);
  return names.compiled();
}
