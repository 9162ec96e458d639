// Type declarations for the two language libraries that ship none.

declare module 'snowball-stemmers' {
  interface Stemmer {
    stem(word: string): string;
  }
  const snowball: { newStemmer(algorithm: string): Stemmer; algorithms(): string[] };
  export default snowball;
}

declare module 'stopwords-iso' {
  /** ISO 639-1 code → stopwords (lower case). */
  const stopwords: Record<string, string[]>;
  export default stopwords;
}
