import { describe, expect, it } from 'vitest';
import { languageFor, SUPPORTED_LANGS } from '@lib/engine/lang/index.ts';
import { normalizeKey } from '@lib/engine/normalize.ts';

// Every language module carries every list story code reads, as keys the tokenizer produces.
describe.each(SUPPORTED_LANGS)('language module %s', (code) => {
  const l = languageFor(code);
  it('has twelve months and seven weekdays, written as keys', () => {
    expect(l.figures.months).toHaveLength(12);
    expect(l.figures.weekdays).toHaveLength(7);
    for (const w of [...l.figures.months, ...l.figures.weekdays, ...l.figures.numberWords.keys()]) expect(normalizeKey(w)).toBe(w);
  });
  it('has speech verbs, pronouns and title words as keys, and no inherited number words', () => {
    expect(l.attribution.speechVerbs.length).toBeGreaterThan(10);
    for (const w of [...l.attribution.pronouns, ...l.attribution.titleWords, ...l.attribution.nameJoiners]) expect(normalizeKey(w)).toBe(w);
    expect(l.figures.numberWords.has('constructor')).toBe(false);
  });
});
