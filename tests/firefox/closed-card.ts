/**
 * The hover card's text in Firefox. Its shadow root is closed, so a page script (and
 * `page.evaluate`, which runs as one) sees `host.shadowRoot === null`. WebDriver BiDi can
 * serialise closed shadow roots (`includeShadowTree: 'all'`), and a root so serialised can
 * be passed back into a function by its shared id. puppeteer-core 24 has no public call for
 * that, so the BiDi connection its Browser holds is used directly (checked at run time).
 */
import type { Browser, Page } from 'puppeteer-core';

interface RemoteValue {
  type: string;
  sharedId?: string;
  value?: unknown;
}
type CallResult = { type: 'success'; result: RemoteValue } | { type: 'exception'; exceptionDetails: { text: string } };
interface Tree {
  contexts: Array<{ context: string; url: string; children: Tree['contexts'] | null }>;
}
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

function isConnection(c: unknown): c is BidiConnection {
  return typeof c === 'object' && c !== null && typeof Reflect.get(c, 'send') === 'function';
}

function connectionOf(browser: Browser): BidiConnection {
  const connection: unknown = Reflect.get(browser, 'connection');
  if (!isConnection(connection)) throw new Error('this puppeteer-core Browser has no BiDi connection');
  return connection;
}

function isCallResult(r: unknown): r is CallResult {
  return typeof r === 'object' && r !== null && (Reflect.get(r, 'type') === 'success' || Reflect.get(r, 'type') === 'exception');
}

function isTree(r: unknown): r is Tree {
  return typeof r === 'object' && r !== null && Array.isArray(Reflect.get(r, 'contexts'));
}

async function call(connection: BidiConnection, params: object): Promise<RemoteValue> {
  const { result } = await connection.send('script.callFunction', { awaitPromise: true, ...params });
  if (!isCallResult(result)) throw new Error('unexpected answer to script.callFunction');
  if (result.type === 'exception') throw new Error(result.exceptionDetails.text);
  return result.result;
}

/** The browsing context (top level) showing the page's URL. */
async function contextOf(connection: BidiConnection, page: Page): Promise<string> {
  const { result } = await connection.send('browsingContext.getTree', { maxDepth: 0 });
  if (!isTree(result)) throw new Error('unexpected answer to browsingContext.getTree');
  const found = result.contexts.find((c) => c.url === page.url());
  if (!found) throw new Error(`no browsing context shows ${page.url()}`);
  return found.context;
}

/** The open card's text (`innerText` of `.hover-card`), or '' when no card is open. */
export async function closedCardText(browser: Browser, page: Page): Promise<string> {
  const connection = connectionOf(browser);
  const context = await contextOf(connection, page);
  const host = await call(connection, {
    functionDeclaration: '() => document.querySelector("dossier-card")',
    target: { context },
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
    resultOwnership: 'none',
  });
  const root: unknown = typeof host.value === 'object' && host.value !== null ? Reflect.get(host.value, 'shadowRoot') : null;
  const sharedId: unknown = typeof root === 'object' && root !== null ? Reflect.get(root, 'sharedId') : undefined;
  if (typeof sharedId !== 'string') return '';
  const text = await call(connection, {
    functionDeclaration: '(root) => root.querySelector(".hover-card")?.innerText ?? ""',
    arguments: [{ sharedId }],
    target: { context },
  });
  return typeof text.value === 'string' ? text.value : '';
}
