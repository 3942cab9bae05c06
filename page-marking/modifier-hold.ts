/**
 * Follows whether the user holds Alt, for quiet mode (marks painted only while it is held).
 *
 * Only the user's own input counts: events a page's scripts dispatch have `isTrusted` false
 * and are ignored, so a page cannot make Dossier paint its marks, nor probe whether quiet
 * mode is on by faking key presses. The listeners are passive and never cancel, stop or
 * change an event, so the page's own handling of its events is the same with or without
 * quiet mode. AltGr (reported with Ctrl on Windows) does not count: typing must not flash
 * the marks. Leaving the window or tab counts as a release, since the key-up goes elsewhere.
 *
 * Returns the function that removes the listeners.
 */
export function watchAltHold(onChange: (held: boolean) => void): () => void {
  let held = false;
  const set = (next: boolean): void => {
    if (next === held) return;
    held = next;
    onChange(next);
  };
  const altAlone = (e: KeyboardEvent | PointerEvent): boolean => e.altKey && !e.ctrlKey && !e.metaKey;
  const onKeyDown = (e: KeyboardEvent): void => {
    // The Alt key's own keydown may not carry altKey yet in every browser.
    if (e.isTrusted) set(altAlone(e) || (e.key === 'Alt' && !e.ctrlKey && !e.metaKey));
  };
  const onKeyUp = (e: KeyboardEvent): void => {
    if (e.isTrusted) set(e.key !== 'Alt' && altAlone(e));
  };
  // Alt pressed while the page had no focus (the address bar) shows on the next pointer move.
  const onPointerMove = (e: PointerEvent): void => {
    if (e.isTrusted) set(altAlone(e));
  };
  const release = (): void => set(false);
  const onVisibility = (): void => {
    if (document.hidden) release();
  };
  const options = { capture: true, passive: true } as const;
  addEventListener('keydown', onKeyDown, options);
  addEventListener('keyup', onKeyUp, options);
  addEventListener('pointermove', onPointerMove, options);
  addEventListener('blur', release, options);
  document.addEventListener('visibilitychange', onVisibility, options);
  return () => {
    removeEventListener('keydown', onKeyDown, options);
    removeEventListener('keyup', onKeyUp, options);
    removeEventListener('pointermove', onPointerMove, options);
    removeEventListener('blur', release, options);
    document.removeEventListener('visibilitychange', onVisibility, options);
    release();
  };
}
