import { describe, expect, it } from 'vitest';
import { languageFor, looseStem, matchStem } from '@lib/engine/lang/index.ts';

// The English -ment fold, at its one place (`english.looseStem` in lang/en.ts).
describe('English -ment fold', () => {
  const en = languageFor('en');
  it('folds a noun in -ment onto its verb, where Porter2 keeps them apart', () => {
    expect(matchStem('agreement')).not.toBe(matchStem('agreed'));
    expect(looseStem('agreement')).toBe(looseStem('agreed'));
    expect(looseStem('agreements')).toBe(looseStem('agree'));
    expect(looseStem('settlement')).toBe(looseStem('settled'));
    expect(en.looseStem(en.stem('agreement'))).toBe(en.stem('agree'));
  });
  it('needs four letters before the -ment: shorter remainders are no verb of the noun', () => {
    // "comment" (com), "segment" (seg), "moment" (mo) keep their stem.
    for (const w of ['comment', 'segment', 'moment', 'payment']) expect(looseStem(w)).toBe(matchStem(w));
    expect(looseStem('comment')).not.toBe(looseStem('come'));
    // Four letters before it: folded ("shipment" → "ship").
    expect(looseStem('shipment')).toBe(looseStem('ship'));
  });
  it('leaves other words at their matching stem', () => {
    for (const w of ['talks', 'assessing', 'mentor', 'ment']) expect(looseStem(w)).toBe(matchStem(w));
  });
  it('is English only: German and Russian words keep their stem', () => {
    for (const [w, lang] of [['dokument', 'de'], ['argument', 'de'], ['документ', 'ru']] as const) expect(looseStem(w, lang)).toBe(matchStem(w, lang));
  });
});
