import snowball from 'snowball-stemmers';

/*
 * Snowball stemmers (Martin Porter's algorithms, JavaScript port in the
 * `snowball-stemmers` package): English is Porter2, the standard stemmer of
 * information retrieval; Russian and German are Snowball's own. A stem is
 * computed once per distinct key per process: the stemmers are pure, and the
 * vocabulary of a site's stories is small next to its word count (the cache
 * is what keeps segmentation as fast as with the hand-written stemmer before).
 */

/** Longest key stemmed; longer "words" (URLs, codes) are their own stem. */
const MAX_STEMMED_LENGTH = 40;

export function snowballStemmer(algorithm: 'english' | 'russian' | 'german'): (key: string) => string {
  const stemmer = snowball.newStemmer(algorithm);
  const memo = new Map<string, string>();
  return (key: string): string => {
    let s = memo.get(key);
    if (s === undefined) {
      s = key.length > MAX_STEMMED_LENGTH ? key : stemmer.stem(key);
      memo.set(key, s);
    }
    return s;
  };
}
