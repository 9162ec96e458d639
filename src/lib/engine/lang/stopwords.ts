import stopwordsIso from 'stopwords-iso' with { type: 'json' };

/**
 * A language's stopwords from `stopwords-iso` (the most complete multilingual
 * collection on the registry), as the list spells them: `defineLanguage` keys
 * them (`normalizeKey`), so they compare with token keys (for Russian this also
 * folds ё into е, as keys do).
 */
export function isoStopwords(code: string): readonly string[] {
  return stopwordsIso[code] ?? [];
}
