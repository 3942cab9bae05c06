import { tokenize } from '../recognition/tokens.ts';

/** Match keys of a person's name words: "Ivica Dačić" → ["ivica", "dacic"]. */
export function nameKeys(name: string): string[] {
  return tokenize(name).map((t) => t.key);
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return row[b.length]!;
}

/**
 * Two spellings name one person when the surnames share a key and the given names are
 * close: "Ivica"/"Ivitsa" (transliteration), "Djuric"/"Đurić" (folding already equal).
 */
export function samePerson(a: readonly string[], b: readonly string[]): boolean {
  if (a.length < 2 || b.length < 2) return false;
  if (a[a.length - 1] !== b[b.length - 1]) return false;
  const fa = a[0]!;
  const fb = b[0]!;
  if (fa === fb) return true;
  if (fa[0] !== fb[0]) return false;
  return editDistance(fa, fb) <= Math.min(2, Math.floor(Math.min(fa.length, fb.length) / 2));
}
