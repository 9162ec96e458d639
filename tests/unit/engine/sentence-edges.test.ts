import { describe, expect, it } from 'vitest';
import { sentenceBreaks } from '@lib/engine/sentences.ts';
import { languageFor } from '@lib/engine/lang/index.ts';

/*
 * Sentence breaks a reader sees at the awkward places of captured paragraphs: line breaks right
 * after an abbreviation, abbreviations behind brackets or runs of spaces, a sentence ending in a
 * single capital, a furniture label glued to a sentence after a run-on, an editor's bracket after
 * an abbreviation. Invented news paragraphs; the assertion is the sentences.
 */
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const sentences = (p: string) => {
  const cuts = [0, ...sentenceBreaks(p, segmenter, languageFor('en')), p.length];
  return cuts.slice(1).map((end, i) => p.slice(cuts[i], end));
};

describe('a line break', () => {
  it('always ends the line, even right after a title that would otherwise join the next word', () => {
    expect(sentences('Text by Dr.\nThe port reopened on Monday.')).toEqual(['Text by Dr.\n', 'The port reopened on Monday.']);
  });

  it('only counts right before the candidate: a title further along the line still joins', () => {
    expect(sentences('Harbour report\nBy Dr. Ortega Ruiz, port doctor.')).toEqual(['Harbour report\n', 'By Dr. Ortega Ruiz, port doctor.']);
  });
});

describe('the word before a candidate break', () => {
  it('a title behind an opening bracket, or behind a stray opening quote, still joins', () => {
    expect(sentences('The parade was led by two officers (Gen. Ortega and Col. Ruiz) on Sunday.')).toHaveLength(1);
    expect(sentences('The memo was signed ("Gen. Ortega for the staff) and sent on Monday.')).toHaveLength(1);
  });

  it('a title before two spaces still joins', () => {
    expect(sentences('The parade was led by Gen.  Ortega and two colonels.')).toHaveLength(1);
  });

  it('a long run of spaces between two sentences is a break, not an error', () => {
    expect(sentences(`The port reopened.${' '.repeat(45)}Ferries sail again.`)).toEqual([`The port reopened.${' '.repeat(45)}`, 'Ferries sail again.']);
  });

  it('a sentence ending in a single capital and ! or ? ends there: only a full stop makes initials', () => {
    expect(sentences('The council picked plan B! Officials were relieved.')).toEqual(['The council picked plan B! ', 'Officials were relieved.']);
    expect(sentences('Will the council pick plan B? Officials would not say.')).toEqual(['Will the council pick plan B? ', 'Officials would not say.']);
  });
});

describe('the word after a candidate break', () => {
  it('an abbreviation followed by an editor’s bracket ends the sentence', () => {
    expect(sentences('The deal was signed by Corvena Ferries Inc. [Officials denied it later.]')).toEqual(['The deal was signed by Corvena Ferries Inc. ', '[Officials denied it later.]']);
  });
});

describe('a furniture label glued to a sentence', () => {
  it('splits off after a run-on earlier in the paragraph too', () => {
    expect(sentences('The pilots walked out.Talks resume on Friday. Related StoriesThe port reopened on Monday.')).toEqual([
      'The pilots walked out.',
      'Talks resume on Friday. ',
      'Related Stories',
      'The port reopened on Monday.',
    ]);
  });
});
