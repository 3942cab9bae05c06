import type { RequestOf } from '../../lib/messages/background-protocol.ts';
import { readerUrl } from '../../storage/reader-url.ts';

/**
 * Opens the reader at a validated route in a new tab beside the page that asked (the hover
 * card: a content script may not open extension pages itself).
 */
export async function handleOpenReader(request: RequestOf<'openReader'>, senderTabId: number | undefined): Promise<void> {
  const url = readerUrl(request.hash);
  const opener = senderTabId === undefined ? null : await browser.tabs.get(senderTabId).catch(() => null);
  await browser.tabs.create({
    url,
    active: request.active ?? true,
    ...(opener?.id !== undefined ? { openerTabId: opener.id, index: opener.index + 1, windowId: opener.windowId } : {}),
  });
}
