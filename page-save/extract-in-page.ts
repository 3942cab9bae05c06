/**
 * Runs inside the page (injected by extract-tab.ts through `scripting.executeScript`, in
 * the extension's isolated world, only when the user asks to save): finds the article with
 * @mozilla/readability and the date the page declares, and returns a draft for the user to
 * check. It never changes the page: Readability rewrites the document it is given, so it
 * gets a clone (a document without a browsing context: its images, frames and scripts
 * never load or run), and the live document is only read. It defines no globals (the entry,
 * entrypoints/page-extract.ts, is bundled as an anonymous function whose value is the draft),
 * so nothing of Dossier is left in the page once it returns.
 */

import { Readability } from '@mozilla/readability';
import { bodyParagraphs, savedTitle, withoutSiteName } from '../lib/saved-page/body-paragraphs.ts';
import { publicationDate, type DateEvidence } from '../lib/saved-page/publication-date.ts';
import { isElementNode, nearestBlockOf, roleOf } from '../lib/highlight/elements.ts';
import { normaliseSpace } from '../lib/corpus/line-shapes.ts';
import { detectLang } from '../lib/corpus/language.ts';
import { SAVED_LIMITS } from '../lib/saved-page/limits.ts';
import type { PageDraft } from './page-draft.ts';

const DOCUMENT_NODE = 9;
const TEXT_NODE = 3;
/** Most `<time>` and `<meta>` elements read: a page could hold millions. */
const MAX_EVIDENCE_ELEMENTS = 500;

function isDocument(node: Node): node is Document {
  return node.nodeType === DOCUMENT_NODE;
}

/** The dates the page declares (read from the live document, never written). */
function dateEvidence(doc: Document): DateEvidence {
  const meta = [...doc.querySelectorAll('meta[content]')].slice(0, MAX_EVIDENCE_ELEMENTS).flatMap((m) => {
    const key = m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop');
    const value = m.getAttribute('content');
    return key && value ? [{ key: key.trim().toLowerCase(), value }] : [];
  });
  const jsonLd = [...doc.querySelectorAll('script[type="application/ld+json"]')].slice(0, 50).map((s) => s.textContent ?? '');
  // The story's own container: the <article> (or <main>) holding the page's headline.
  const headline = doc.querySelector('h1');
  const story = headline?.closest('article, [itemtype*="Article"]') ?? headline?.closest('main, [role="main"]') ?? null;
  const times = [...doc.querySelectorAll('time')].slice(0, MAX_EVIDENCE_ELEMENTS).map((t) => ({
    value: t.getAttribute('datetime') ?? normaliseSpace(t.textContent ?? ''),
    withHeadline: story === null || story.contains(t),
    itemprop: t.getAttribute('itemprop')?.trim().toLowerCase() ?? null,
    pubdate: t.hasAttribute('pubdate'),
  }));
  return { meta, jsonLd, times };
}

/** The text of each block of Readability's article, in document order (as the page scan groups text: lib/highlight/elements.ts). */
function blockTexts(root: Node): string[] {
  const blocks: string[] = [];
  let current: Node | null = null;
  let text = '';
  const walk = (node: Node) => {
    for (let child = node.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        const block = nearestBlockOf(child);
        if (block !== current) {
          blocks.push(text);
          text = '';
          current = block;
        }
        text += child.nodeValue ?? '';
      } else if (isElementNode(child) && roleOf(child) !== 'skip') {
        walk(child);
      }
    }
  };
  walk(root);
  blocks.push(text);
  return blocks;
}

function languageOf(declared: string | null | undefined, sample: string): string {
  const tag = declared?.trim().toLowerCase().split(/[-_]/)[0];
  return tag && /^[a-z]{2,3}$/.test(tag) ? tag : (detectLang(sample) ?? 'en');
}

export function extractPage(doc: Document, url: string): PageDraft {
  const evidence = dateEvidence(doc);
  const clone = doc.cloneNode(true);
  const article = isDocument(clone) ? new Readability<Node>(clone, { serializer: (node) => node }).parse() : null;
  const host = new URL(url).hostname.replace(/^www\./, '');
  const siteNames = [article?.siteName, doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content'), host];
  const title = savedTitle(withoutSiteName(article?.title ?? '', siteNames), withoutSiteName(doc.title, siteNames), host);
  const body = article?.content ? bodyParagraphs(blockTexts(article.content), title) : { paragraphs: [], truncated: false };
  return {
    // A longer address is not kept (the article is still saved, without its link).
    url: url.length <= SAVED_LIMITS.urlChars ? url : '',
    title,
    date: publicationDate(evidence),
    source: (normaliseSpace(article?.siteName ?? '') || host).slice(0, SAVED_LIMITS.sourceChars),
    lang: languageOf(article?.lang ?? doc.documentElement.lang, `${title} ${body.paragraphs.slice(0, 3).join(' ')}`),
    body: body.paragraphs,
    truncated: body.truncated,
  };
}
