import type { PageOfficial } from '../lib/entities/recogniser.ts';
import type { Mention } from '../lib/entities/types.ts';
import { sendMessage } from '../lib/messages/messenger.ts';
import { MAX_CARDS_PER_REQUEST, type EntityCardRequest } from '../lib/messages/background-protocol.ts';
import type { EntityCard } from '../lib/search/entity-card.ts';
import { timingMeasure } from '../page-marking/timing.ts';

/** Cards fetched ahead for a page's first names (in document order), in one message. */
export const PREFETCH_LIMIT = 40;

/** A card's data as the host shows it. */
export type CardData = { status: 'loading' } | { status: 'ready'; card: EntityCard } | { status: 'error'; message: string };

/**
 * The page's entity cards, kept for the page's life so that a hover is answered from memory.
 * Cards are asked for ahead of time (the page's first names once marked, and any name as soon
 * as the pointer rests on it, a dwell before the card opens), so the background's wake and
 * answer are paid before the card is due.
 */
export class CardStore {
  private readonly cards = new Map<string, EntityCard>();
  private readonly inFlight = new Map<string, Promise<EntityCard>>();
  private prefetched = 0;

  /** @param pageOfficial what the page said of a person it introduced (see PageMarks.pageOfficial) */
  constructor(private readonly pageOfficial: (id: string) => PageOfficial | undefined) {}

  /** The card if it is already here (synchronous: the hover path renders it in the same frame). */
  peek(id: string): EntityCard | undefined {
    return this.cards.get(id);
  }

  load(mention: Mention): Promise<EntityCard> {
    const ready = this.cards.get(mention.id);
    if (ready) return Promise.resolve(ready);
    const waiting = this.inFlight.get(mention.id);
    if (waiting) return waiting;
    const start = performance.now();
    const promise = sendMessage('getEntityCard', this.requestFor(mention)).then(
      (card) => {
        // The round trip (with the worker's wake when it was stopped), for the benchmark.
        timingMeasure('cardFetch', start, mention.id);
        return this.keep(mention.id, card);
      },
      (e: unknown) => {
        // A failed request (the worker restarting, an update) is retried at the next hover.
        this.inFlight.delete(mention.id);
        throw e;
      },
    );
    this.inFlight.set(mention.id, promise);
    return promise;
  }

  /** Fetches the cards of the first names not asked for yet, up to PREFETCH_LIMIT per page. */
  prefetch(mentions: readonly Mention[]): void {
    const wanted: Mention[] = [];
    const seen = new Set<string>();
    for (const m of mentions) {
      if (this.prefetched + wanted.length >= PREFETCH_LIMIT || wanted.length >= MAX_CARDS_PER_REQUEST) break;
      if (seen.has(m.id) || this.cards.has(m.id) || this.inFlight.has(m.id)) continue;
      seen.add(m.id);
      wanted.push(m);
    }
    if (wanted.length === 0) return;
    this.prefetched += wanted.length;
    const batch = sendMessage('getEntityCards', { requests: wanted.map((m) => this.requestFor(m)) });
    for (const [i, m] of wanted.entries()) {
      const one = batch.then(
        (cards) => {
          const card = cards[i];
          if (!card) throw new Error('The background answered fewer cards than asked for.');
          return this.keep(m.id, card);
        },
        (e: unknown) => {
          this.inFlight.delete(m.id);
          throw e;
        },
      );
      // Nobody may be waiting for a prefetched card: its failure must not surface as unhandled.
      one.catch(() => undefined);
      this.inFlight.set(m.id, one);
    }
  }

  /** What the background needs: the id, and for people the page introduced, what the page said. */
  private requestFor(mention: Mention): EntityCardRequest {
    const official = mention.kind === 'official' ? this.pageOfficial(mention.id) : undefined;
    if (!official) return { id: mention.id };
    const role = official.roles[0];
    return {
      id: mention.id,
      pageOfficial: { name: official.name.slice(0, 200), role: role?.role.slice(0, 200) ?? null, country: role?.country ?? null },
    };
  }

  private keep(id: string, card: EntityCard): EntityCard {
    this.cards.set(id, card);
    this.inFlight.delete(id);
    return card;
  }
}
