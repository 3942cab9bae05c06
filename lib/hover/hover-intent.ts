/** Timers as the state machine sees them, so tests can drive it with fake time. */
export interface IntentTimers {
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

export interface HoverIntentOptions<T> {
  /** Read at each arrival, so a changed setting applies to the next hover. */
  dwellMs(): number;
  /** How long a card survives the pointer leaving it and its name. */
  graceMs: number;
  timers: IntentTimers;
  same(a: T, b: T): boolean;
  /** The pointer arrived on a name: the card may open soon (a chance to fetch its data). */
  onIntent?(target: T): void;
  onOpen(target: T): void;
  onClose(): void;
}

/** Wikipedia's Page Previews wait about as long; short enough to feel prompt, long enough to skip a passing pointer. */
export const DEFAULT_DWELL_MS = 300;
/** The longest dwell a stored setting may ask for (storage/settings.ts clamps to it). */
export const MAX_DWELL_MS = 5_000;
/** Time to cross the gap between a name and its card, or to wander off and come back. */
export const DEFAULT_GRACE_MS = 300;

/**
 * When a hover card opens and closes, from where the pointer is (one call per frame at most):
 *
 * - A card opens after the pointer rested `dwellMs` on the same name; passing over opens nothing.
 * - The card stays open while the pointer is on its name or inside the card (WCAG 1.4.13:
 *   hoverable), and closes `graceMs` after the pointer left both; coming back cancels that.
 * - Resting on another name opens that name's card in place of the first.
 * - A card opened from the keyboard stays until it is dismissed or replaced.
 *
 * Pure timing: no DOM, the caller says where the pointer is.
 */
export class HoverIntent<T> {
  private shown: T | null = null;
  private sticky = false;
  private pending: { target: T; timer: number } | null = null;
  private closing: number | null = null;

  constructor(private readonly options: HoverIntentOptions<T>) {}

  /** The name whose card is open, if any. */
  get open(): T | null {
    return this.shown;
  }

  /** Where the pointer is now: on a name (`target`), inside the card, or elsewhere. */
  pointerAt(target: T | null, inCard: boolean): void {
    const { same } = this.options;
    if (inCard && this.shown !== null) {
      this.cancelPending();
      this.cancelClosing();
      return;
    }
    if (target !== null && this.shown !== null && same(target, this.shown)) {
      this.cancelPending();
      this.cancelClosing();
      return;
    }
    if (target === null) this.cancelPending();
    else if (this.pending === null || !same(this.pending.target, target)) this.arrive(target);
    if (this.shown !== null && !this.sticky) this.startClosing();
  }

  /** Opens a card at once (keyboard navigation); it ignores the pointer until replaced or dismissed. */
  openNow(target: T): void {
    this.cancelPending();
    this.show(target, true);
  }

  /** Closes at once (Esc, a click elsewhere, the page changed under the card). */
  dismiss(): void {
    this.cancelPending();
    this.cancelClosing();
    if (this.shown === null) return;
    this.shown = null;
    this.sticky = false;
    this.options.onClose();
  }

  private arrive(target: T): void {
    this.cancelPending();
    this.options.onIntent?.(target);
    const timer = this.options.timers.setTimeout(() => {
      this.pending = null;
      this.show(target, false);
    }, this.options.dwellMs());
    this.pending = { target, timer };
  }

  private show(target: T, sticky: boolean): void {
    this.cancelClosing();
    this.shown = target;
    this.sticky = sticky;
    this.options.onOpen(target);
  }

  private startClosing(): void {
    if (this.closing !== null) return;
    this.closing = this.options.timers.setTimeout(() => {
      this.closing = null;
      this.dismiss();
    }, this.options.graceMs);
  }

  private cancelPending(): void {
    if (this.pending === null) return;
    this.options.timers.clearTimeout(this.pending.timer);
    this.pending = null;
  }

  private cancelClosing(): void {
    if (this.closing === null) return;
    this.options.timers.clearTimeout(this.closing);
    this.closing = null;
  }
}
