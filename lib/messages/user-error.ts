/**
 * The one place where an error becomes words for the user. Errors cross the messaging
 * boundary with their `name` kept (@webext-core/messaging serialises it), so a page
 * recognises the background's errors by name; their `message` is for developers and tests.
 */

/** An error whose message is already written for the user; shown as it is. */
export class UserFacingError extends Error {
  override name = 'UserFacingError';
}

const BY_NAME: Record<string, string> = {
  InvalidMessageError: 'Dossier could not understand that request. Reload the page and try again.',
  ArchiveFormatError: 'Dossier’s archive could not be read. Rebuild the archive and reload Dossier.',
};

/** Browser messages meaning that the other end of a message is gone (worker restarting, extension reloaded). */
const DISCONNECTED = /Could not establish connection|Receiving end does not exist|Extension context invalidated|message port closed|^No response$/i;

export function userMessage(error: unknown): string {
  if (error instanceof Error || (typeof error === 'object' && error !== null && 'name' in error && 'message' in error)) {
    const name = String(error.name);
    const message = String(error.message);
    if (name === 'UserFacingError') return message;
    const known = BY_NAME[name];
    if (known) return known;
    if (DISCONNECTED.test(message)) return 'Dossier was restarted or updated. Reload the page and try again.';
  }
  return 'Something went wrong in Dossier. Try again; if it keeps happening, reload the page.';
}
