import { sessionStarted } from '../../storage/session-start.ts';

/**
 * Work the background does once per browser session instead of at every start: Firefox
 * suspends the event page after 30 s idle, and Chrome stops the worker alike, so "at start"
 * is at every wake, where it delays the message that woke it. What the work leaves behind
 * outlives a wake: the toolbar icon of each tab (action-icon.ts) and the stored settings it
 * repairs. `session:` storage says whether it was done: it is emptied when the browser
 * starts and when Dossier is installed, updated, reloaded or enabled, exactly when the work
 * is due again. The flag is set once every task has settled, so that a background stopped
 * in the middle does it again at its next start.
 */
export function oncePerSession(tasks: ReadonlyArray<() => Promise<unknown>>): Promise<void> {
  return sessionStarted
    .getValue()
    .then(async (started) => {
      if (started) return;
      await Promise.all(tasks.map((task) => task().catch((error: unknown) => console.warn('Dossier: a start-of-session task failed', error))));
      await sessionStarted.setValue(true);
    })
    .catch((error: unknown) => console.warn('Dossier: the start-of-session work could not run', error));
}
