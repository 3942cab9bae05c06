/**
 * The publisher or agency of a scraped article, from the attribution news agencies
 * write into the lead ("…, Report informs", "…, Azernews reports.") or from a masthead
 * line that is just the site's domain ("president.az").
 *
 * "according to Azerbaijan in Focus, reporting Trend News": the source is the agency
 * whose reporting the text is (Trend News), not the aggregator that re-published it.
 * The reader filters by source to find an agency's stories, and the same agency appears
 * under its own name in the other corpora (e.g. "Trend" in the agency headlines).
 * For the same reason a prose attribution wins over a masthead domain.
 */

/** A capitalised name of up to four words: "Report", "Trend News", "AZERTAC", "News.az". */
const NAME = "\\p{Lu}[\\p{L}\\p{N}&'’.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}&'’.-]*){0,3}";

/** "according to <outlet>, reporting <agency>" */
const RELAYED = new RegExp(`according to [^,.;]{1,60}, (?:reporting|citing|quoting) (${NAME})(?=\\s*(?:[.,;)]|$))`, 'u');

/**
 * "<Agency> informs/reports" at the start of a clause and followed by the end of the
 * clause or "citing…", so "His wife, Sevinc Sadigova, reported that…" is not a source.
 */
const ATTRIBUTION = new RegExp(
  `(?:^|[,;(]\\s*|\\s[\u2013\u2014-]\\s)(${NAME})\\s+(?:informs|reports|reported|writes|wrote)(?=\\s*(?:[.,;)]|$)|\\s+(?:citing|referring|with reference|quoting)\\b)`,
  'u',
);

/** "Source: Reuters" */
const SOURCE_LINE = /^sources?\s*:\s*(\S.{0,60})$/iu;

/** A masthead that is just a domain name. */
const DOMAIN_LINE = /^(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/i;

/** The source named in a paragraph's attribution, or null. */
export function sourceFromProse(paragraph: string): string | null {
  // Attributions sit in the lead sentence; looking further only finds quoted people.
  const text = paragraph.length > 2000 ? paragraph.slice(0, 2000) : paragraph;
  const relayed = RELAYED.exec(text);
  if (relayed) return trimName(relayed[1]!);
  const m = ATTRIBUTION.exec(text);
  return m ? trimName(m[1]!) : null;
}

/** "Source: X" lines. */
export function sourceFromSourceLine(line: string): string | null {
  const m = SOURCE_LINE.exec(line.trim());
  return m ? trimName(m[1]!) : null;
}

/** "president.az" style masthead lines: the domain, lower-cased, or null. */
export function sourceFromDomainLine(line: string): string | null {
  const text = line.trim();
  return text.length <= 60 && DOMAIN_LINE.test(text) ? text.toLowerCase().replace(/^www\./, '') : null;
}

function trimName(name: string): string {
  return name.replace(/[.'’-]+$/u, '').trim();
}
