/**
 * What readers type: names with and without diacritics, prefixes (typing in progress),
 * typos, two-word queries, short words with "to" (the slowest case in docs/design.md), and
 * names in Cyrillic. Mixed across the three archives' subjects so each archive gets
 * hits and misses; the same list runs everywhere.
 */
export const QUERIES: readonly string[] = [
  'Dačić', 'Dacic', 'Djuric', 'Đurić', 'Bayramov', 'Bayramof', 'Vučić', 'Vucic',
  'Aliyev', 'Ilham Aliyev', 'Blair', 'Tony Blair', 'Chelsea', 'chels', 'Montene', 'Montenegro',
  'econ', 'economy growth', 'parliment', 'parliament vote', 'Черногория', 'Азербайджан', 'Сербия',
  'Azerbaijan Armenia', 'peace process', 'foreign minister', 'prime minister', 'Trump', 'Trump tariffs',
  'Putin', 'Zelensky', 'Ukraine war', 'Gaza ceasefire', 'Epstein files', 'interest rates', 'oil prices',
  'elecion', 'Brown budget', 'mobile phone', 'film award', 'talks to', 'go to war', 'set to rise',
  'back to school', 'to', 'Arsenal', 'stock market', 'Microsoft', 'musik', 'gov', 'Baku',
];
