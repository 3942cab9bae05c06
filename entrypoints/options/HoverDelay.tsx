import { useEffect, useState } from 'preact/hooks';
import { useStoredItem } from '../../components/useStoredItem.ts';
import { DEFAULT_DWELL_MS, MAX_DWELL_MS } from '../../lib/hover/hover-intent.ts';
import { hoverDelayMs } from '../../storage/settings.ts';

/**
 * The card's delay in milliseconds. Stored on `change` (Enter, leaving the field, the
 * spinner), not on every keystroke: typing 1500 would otherwise write 1, 15, 150 and 1500 to
 * sync storage, which has a per-minute write quota. A value out of bounds is clamped.
 */
export function HoverDelay() {
  const stored = useStoredItem(hoverDelayMs);
  const [draft, setDraft] = useState('');
  useEffect(() => {
    if (stored !== null) setDraft(String(stored));
  }, [stored]);
  const commit = (text: string): void => {
    const ms = Number(text);
    if (text.trim() === '' || !Number.isFinite(ms)) {
      setDraft(String(stored ?? DEFAULT_DWELL_MS));
      return;
    }
    const clamped = Math.round(Math.min(Math.max(ms, 0), MAX_DWELL_MS));
    setDraft(String(clamped));
    void hoverDelayMs.setValue(clamped);
  };
  return (
    <div class="options-field">
      <label for="hover-delay">Delay before a card opens</label>
      <span class="options-number">
        <input
          id="hover-delay"
          type="number"
          min={0}
          max={MAX_DWELL_MS}
          step={50}
          value={draft}
          disabled={stored === null}
          aria-describedby="hover-delay-note"
          onInput={(e) => setDraft(e.currentTarget.value)}
          onChange={(e) => commit(e.currentTarget.value)}
        />
        <span aria-hidden="true">ms</span>
      </span>
      <p id="hover-delay-note" class="options-note">
        In milliseconds, 0 to {MAX_DWELL_MS.toLocaleString('en')}; the default is {DEFAULT_DWELL_MS}.
      </p>
    </div>
  );
}
