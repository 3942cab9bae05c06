/**
 * The page-wide evidence for ambiguous country names: signal words (Tbilisi, Caucasus…
 * against Atlanta, Senate…) counted over every batch the session has seen, the current one
 * included, since the whole batch is evidence and not just what precedes a name. Only
 * Georgia needs them, so counting waits until a Georgia candidate asks: most pages never count.
 */
import type { KnownNames } from './known-names.ts';
import { countSignals } from './prefilter.ts';
import type { PageSignals } from './signals.ts';

/** Keep a few MB of text waiting at most (long-lived pages feed many batches). */
const MAX_WAITING_WORDS = 500_000;

export class CountryEvidence {
  private readonly signals: PageSignals = { usState: 0, caucasus: 0 };
  /** Batches whose signal words are not counted yet. */
  private waiting: Array<readonly string[]> = [];
  private waitingWords = 0;
  /** The batch being recognised while its signal words are not counted yet (its words are in `known.scan`). */
  private batch: { blocks: readonly string[]; firsts: Int32Array } | null = null;

  constructor(private readonly known: KnownNames) {}

  /** Blocks read without a scan of their own (a query): counted, if ever, from their text. */
  add(blocks: readonly string[]): void {
    this.waiting.push(blocks);
  }

  /** The batch scanned into `known.scan`, block `i` at words [firsts[i], firsts[i + 1]). */
  startBatch(blocks: readonly string[], firsts: Int32Array): void {
    this.batch = { blocks, firsts };
  }

  endBatch(): void {
    const current = this.batch;
    if (current !== null) {
      this.waiting.push(current.blocks);
      this.batch = null;
      this.waitingWords += current.firsts[current.blocks.length]!;
    }
    if (this.waitingWords > MAX_WAITING_WORDS) this.count();
  }

  /** The signals a candidate of country `code` is judged with (counted first for Georgia). */
  signalsFor(code: string): PageSignals {
    if (code === 'GE' && (this.waiting.length > 0 || this.batch !== null)) this.count();
    return this.signals;
  }

  private count(): void {
    const scan = this.known.signalScan;
    for (const batch of this.waiting) {
      for (const text of batch) {
        scan.reset();
        scan.append(text);
        countSignals(text, scan, 0, scan.count, this.known.words, this.signals);
      }
    }
    this.waiting = [];
    this.waitingWords = 0;
    const current = this.batch;
    if (current !== null) {
      for (let i = 0; i < current.blocks.length; i++) {
        countSignals(current.blocks[i]!, this.known.scan, current.firsts[i]!, current.firsts[i + 1]! - current.firsts[i]!, this.known.words, this.signals);
      }
      this.batch = null;
    }
  }
}
