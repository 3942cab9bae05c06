import { startHoverCards } from '../../hover-card/index.ts';
import { markPage } from '../../page-marking/content-script.ts';

/**
 * Countries and officials marked on every page (page-marking/), with their hover cards
 * (hover-card/). No CSS in the manifest: the highlights' styles are adopted only while
 * marking is on (page-marking/adopted-sheet.ts).
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  matchAboutBlank: true,
  // Started early only to fetch the knowledge and build the recogniser while the page loads;
  // the page is scanned once it has settled (page-marking/content-script.ts).
  runAt: 'document_start',
  main: (ctx) => markPage(ctx, (marks) => startHoverCards(ctx, marks)),
});
