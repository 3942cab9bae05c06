import { useMemo, useRef, useState } from 'preact/hooks';
import { matchNames, type NamedOption } from '../lib/search/name-matches.ts';

export interface NameComboboxProps {
  id: string;
  label: string;
  /** Plural of what is picked ("countries"), for the list's name and the empty state. */
  plural: string;
  options: readonly NamedOption[];
  /** The chosen option's id, or '' for any. */
  value: string;
  onChange(id: string): void;
}

/**
 * A type-ahead filter after the WAI-ARIA combobox pattern (list autocomplete, the
 * listbox popup with `aria-activedescendant`): type to narrow, ↓/↑ to move, Enter to
 * choose, Escape to close (again to restore the choice), and a button to clear it. It
 * shows at most MAX_SHOWN_OPTIONS matches, so an archive of thousands of names stays
 * quick where a `<select>` of them was not.
 *
 * Hand-written: the well-kept combobox libraries (Downshift, Headless UI, React Aria)
 * are React components that need preact/compat aliased into every entrypoint's build;
 * the pattern is a few dozen lines of Preact over lib/search/name-matches.ts.
 */
export function NameCombobox({ id, label, plural, options, value, onChange }: NameComboboxProps) {
  const chosen = options.find((o) => o.id === value);
  const [text, setText] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const input = useRef<HTMLInputElement>(null);
  const shown = text ?? chosen?.name ?? '';
  const matches = useMemo(() => (open ? matchNames(options, text ?? '') : []), [open, options, text]);
  const listId = `${id}-list`;

  const choose = (option: NamedOption | undefined) => {
    setOpen(false);
    setText(null);
    setActive(-1);
    if (option) onChange(option.id);
  };
  const close = () => {
    setOpen(false);
    setActive(-1);
    // Emptied text clears the filter; other unfinished text goes back to the choice.
    if (text !== null && text.trim() === '' && value) onChange('');
    setText(null);
  };

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (!open) setOpen(true);
      setActive((i) => Math.min(i + 1, Math.max(matches.length - 1, 0)));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter' && open) {
      event.preventDefault();
      choose(matches[active >= 0 ? active : 0]);
    } else if (event.key === 'Escape') {
      if (open || text !== null) event.preventDefault();
      if (open) setOpen(false);
      else setText(null);
    }
  }

  return (
    <>
      <label for={id}>{label}</label>
      <div class="name-combobox-field">
        <input
          ref={input}
          id={id}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={open && active >= 0 ? `${id}-${active}` : undefined}
          placeholder="Any"
          autoComplete="off"
          spellcheck={false}
          value={shown}
          onInput={(e) => {
            setText(e.currentTarget.value);
            setOpen(true);
            setActive(-1);
          }}
          onFocus={() => setOpen(true)}
          onClick={() => setOpen(true)}
          onBlur={close}
          onKeyDown={onKeyDown}
        />
        {value && (
          <button
            type="button"
            class="name-combobox-clear"
            aria-label={`Clear the ${label.toLowerCase()} filter`}
            onClick={() => {
              onChange('');
              input.current?.focus();
            }}
          >
            ×
          </button>
        )}
      <ul id={listId} role="listbox" aria-label={plural} class="name-combobox-list" hidden={!open}>
        {matches.map((o, i) => (
          <li
            id={`${id}-${i}`}
            key={o.id}
            role="option"
            aria-selected={i === active}
            // Chosen before the input's blur closes the list.
            onMouseDown={(e) => (e.preventDefault(), choose(o))}
          >
            {o.name} <span class="muted">({o.count})</span>
          </li>
        ))}
      </ul>
      {open && matches.length === 0 && <p class="name-combobox-list name-combobox-none muted">No {plural} match “{text}”.</p>}
      </div>
    </>
  );
}
