import type { EntityKind } from '../lib/entities/types.ts';

/**
 * Which marks are painted now: the kinds the user chose (the options page), and in quiet mode
 * none unless the modifier is held. The registry consults `shows` as it registers marks
 * (mark-registry.ts); a change calls `changed`, which refilters what is registered.
 * Recognition and the popup's report are not filtered: they list every name found.
 */
export class MarkFilter {
  private kinds: Readonly<Record<EntityKind, boolean>> = { country: true, official: true };
  private quiet = false;
  private held = false;

  constructor(private readonly changed: () => void) {}

  readonly shows = (kind: EntityKind): boolean => this.kinds[kind] && (!this.quiet || this.held);

  setKinds(kinds: Readonly<Record<EntityKind, boolean>>): void {
    if (kinds.country === this.kinds.country && kinds.official === this.kinds.official) return;
    this.kinds = { country: kinds.country, official: kinds.official };
    this.changed();
  }

  /** Quiet mode on or off; turning it off forgets a held modifier. */
  setQuiet(quiet: boolean): void {
    if (quiet === this.quiet) return;
    this.quiet = quiet;
    this.held = false;
    this.changed();
  }

  /** The modifier was pressed or released (only matters in quiet mode). */
  setHeld(held: boolean): void {
    if (held === this.held) return;
    this.held = held;
    if (this.quiet) this.changed();
  }
}
