// The package ships no types; Dossier uses one of its lists.
declare module 'stopword' {
  /** English stop words, lower case. */
  export const eng: readonly string[];
}
