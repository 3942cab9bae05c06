/**
 * The match keys of every name in the knowledge, worked out once at index time and shipped
 * inside `Knowledge.compiled`: tokenizing and folding thousands of names in many scripts
 * was most of `createRecogniser`, which runs in every tab and frame. The recogniser asks
 * for names' keys in a fixed order (the knowledge's own), so the compiled form is just the
 * distinct keys and, per name, the ids of its words.
 */
import { tokenize } from './tokens.ts';
import type { CompiledNames, Knowledge } from '../types.ts';

export interface NameKeySource {
  /** Match keys of the words of one name, in the recogniser's order of asking. */
  keysOf(surface: string): string[];
}

/** Tokenizes each name, and records the keys for `compiled()`. */
export class RecordingNameKeys implements NameKeySource {
  private readonly ids = new Map<string, number>();
  private readonly words: number[] = [];
  private names = 0;
  private chars = 0;

  keysOf(surface: string): string[] {
    const keys = tokenize(surface).map((t) => t.key);
    this.names++;
    this.chars += surface.length;
    this.words.push(keys.length);
    for (const key of keys) {
      let id = this.ids.get(key);
      if (id === undefined) this.ids.set(key, (id = this.ids.size));
      this.words.push(id);
    }
    return keys;
  }

  compiled(): CompiledNames {
    return { format: 1, names: this.names, chars: this.chars, keys: [...this.ids.keys()].join(' '), words: this.words };
  }
}

/** Replays compiled keys (the caller checked they fit the knowledge with `compiledFits`). */
export class CompiledNameKeys implements NameKeySource {
  private readonly keys: string[];
  private at = 0;

  constructor(private readonly compiled: CompiledNames) {
    this.keys = compiled.keys.split(' ');
  }

  keysOf(): string[] {
    const words = this.compiled.words;
    const n = words[this.at++]!;
    const out = new Array<string>(n);
    for (let i = 0; i < n; i++) out[i] = this.keys[words[this.at++]!]!;
    return out;
  }
}

/**
 * Do the compiled keys belong to this knowledge? Names are counted and measured the way the
 * recogniser asks for them, so a knowledge edited after compiling falls back to tokenizing.
 */
export function compiledFits(knowledge: Knowledge): knowledge is Knowledge & { compiled: CompiledNames } {
  const compiled = knowledge.compiled;
  if (!compiled || compiled.format !== 1 || typeof compiled.keys !== 'string' || !Array.isArray(compiled.words)) return false;
  let names = 0;
  let chars = 0;
  for (const c of knowledge.countries) {
    for (const surfaces of Object.values(c.names)) {
      for (const s of surfaces ?? []) {
        names++;
        chars += s.length;
      }
    }
  }
  for (const o of knowledge.officials) {
    names++;
    chars += o.name.length;
    for (const a of o.aliases) {
      names++;
      chars += a.length;
    }
  }
  return names === compiled.names && chars === compiled.chars;
}
