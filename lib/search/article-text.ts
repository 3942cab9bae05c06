/** The text that entity offsets refer to: title, then body paragraphs, blank-line separated. */
export function articleText(article: { title: string; body: readonly string[] }): string {
  return [article.title, ...article.body].join('\n\n');
}

/** The body's length as the related ranking counts it: each paragraph plus 2 (its separator). */
export function bodyLengthOf(body: readonly string[]): number {
  let length = 0;
  for (const p of body) length += p.length + 2;
  return length;
}
