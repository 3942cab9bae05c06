import { highlightKinds, quietMode, type QuietMode } from '../storage/settings.ts';
import type { MarkFilter } from './mark-filter.ts';
import { watchAltHold } from './modifier-hold.ts';

/**
 * Applies the options page's marking settings (which kinds, quiet mode) to a page's filter,
 * now and whenever they change, so open tabs follow without a reload. Resolves once the
 * stored values are applied (before the first scan, so nothing flashes); the function it
 * resolves to stops following them.
 */
export async function followMarkSettings(filter: MarkFilter): Promise<() => void> {
  let stopHold: (() => void) | null = null;
  const applyQuiet = (mode: QuietMode): void => {
    const quiet = mode === 'while-alt';
    // Key listeners exist only while quiet mode is on: otherwise no key event is looked at.
    if (quiet && !stopHold) stopHold = watchAltHold((held) => filter.setHeld(held));
    if (!quiet && stopHold) {
      stopHold();
      stopHold = null;
    }
    filter.setQuiet(quiet);
  };
  const unwatchKinds = highlightKinds.watch((value) => filter.setKinds(value));
  const unwatchQuiet = quietMode.watch(applyQuiet);
  const [kinds, mode] = await Promise.all([highlightKinds.getValue(), quietMode.getValue()]);
  filter.setKinds(kinds);
  applyQuiet(mode);
  return () => {
    unwatchKinds();
    unwatchQuiet();
    applyQuiet('off');
  };
}
