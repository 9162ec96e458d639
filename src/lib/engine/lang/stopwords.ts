import stopwordsIso from 'stopwords-iso' with { type: 'json' };
import { normalizeKey } from '../normalize.ts';

/**
 * A language's stopwords from `stopwords-iso` (the most complete multilingual
 * collection on the registry), as keys (`normalizeKey`), so they compare with
 * token keys (for Russian this also folds ё into е, as keys do).
 */
export function isoStopwords(code: string): ReadonlySet<string> {
  return new Set((stopwordsIso[code] ?? []).map(normalizeKey));
}
