import { storage } from 'wxt/utils/storage';
import type { Knowledge } from '../lib/entities/types.ts';

/**
 * The knowledge pages highlight with, as the background serves it (`getKnowledge`: the
 * bundle's knowledge plus what the user's sources taught), kept in local storage so that a
 * content script reads it without a message. In Chrome any message to the extension waits
 * until the stopped service worker has started (about 25–50 ms on a busy machine, before the
 * offscreen document even sees the message), and a Firefox event page must be woken too, so
 * the page's knowledge after a worker stop (≤ 30 ms, docs/design.md) cannot go through a
 * message; a read from here takes 5–8 ms for the bundled 0.4 MB.
 *
 * Stored as its JSON text: local storage copies a string in one piece, where the same value
 * as objects took 20–60 ms to read back (measured in Chromium 156). Content scripts can read
 * local storage, web pages cannot; it holds what any content script may ask the background
 * for anyway. Only the background writes it (entrypoints/background/knowledge-loader.ts):
 * whenever what it serves changes, and it removes it when Dossier is installed or updated,
 * so a page never reads another build's knowledge for longer than that write takes.
 */
export interface PageKnowledge {
  version: string;
  knowledge: Knowledge | null;
}

/** Raised when the stored shape changes, so that a value written by another build is not read. */
const FORMAT = 1;

const item = storage.defineItem<string>('local:pageKnowledge');

/** The stored knowledge, or null when there is none (or it is unreadable): then ask the background. */
export async function readPageKnowledge(): Promise<PageKnowledge | null> {
  const text = await item.getValue();
  if (typeof text !== 'string') return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  // Written by the background from knowledge it checked (lib/search/knowledge-schema.ts);
  // the stamp guards against another build's shape, not against a hostile writer (only
  // Dossier's own contexts can write here).
  if (typeof value !== 'object' || value === null || !('format' in value) || value.format !== FORMAT) return null;
  if (!('answer' in value) || typeof value.answer !== 'object' || value.answer === null) return null;
  const { answer } = value;
  if (!('version' in answer) || typeof answer.version !== 'string' || !('knowledge' in answer)) return null;
  const knowledge: unknown = answer.knowledge;
  if (knowledge !== null && !isKnowledgeObject(knowledge)) return null;
  return { version: answer.version, knowledge };
}

// The full check (lib/search/knowledge-schema.ts) would bundle valibot into every page and cost
// milliseconds more on each; the background checked this value before it stored it.
function isKnowledgeObject(value: unknown): value is Knowledge {
  return typeof value === 'object' && value !== null && 'format' in value && value.format === 1 && 'countries' in value && Array.isArray(value.countries) && 'officials' in value && Array.isArray(value.officials);
}

export async function writePageKnowledge(answer: PageKnowledge): Promise<void> {
  await item.setValue(JSON.stringify({ format: FORMAT, answer }));
}

export async function forgetPageKnowledge(): Promise<void> {
  await item.removeValue();
}
