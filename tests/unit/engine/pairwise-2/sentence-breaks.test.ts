import { describe, expect, it } from 'vitest';
import { sentenceBreaks } from '@lib/engine/sentences.ts';
import { languageFor } from '@lib/engine/lang/index.ts';

/*
 * Sentence breaks a reader sees in a paragraph: run-on sentences glued at a quotation mark, a
 * furniture label glued to the sentence after it, and abbreviations followed by words of a script
 * without capitals. Each fixture is an invented news paragraph; the assertion is the sentences.
 */
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const sentences = (p: string) => {
  const cuts = [0, ...sentenceBreaks(p, segmenter, languageFor('en')), p.length];
  return cuts.slice(1).map((end, i) => p.slice(cuts[i], end));
};

describe('run-on sentences glued at a quotation mark', () => {
  it('a closing mark after the full stop stays with the sentence it ends, even with no opening mark', () => {
    expect(sentences('The minister left.”The talks failed.')).toEqual(['The minister left.”', 'The talks failed.']);
    expect(sentences('He said “we are done.”The delegation left.')).toEqual(['He said “we are done.”', 'The delegation left.']);
  });

  it('a straight mark after the full stop that opens the next quotation starts the next sentence', () => {
    expect(sentences('He left."The talks are over," an aide said.')).toEqual(['He left.', '"The talks are over," an aide said.']);
  });

  it('… also when that quotation is not closed in the paragraph: the mark is never a sentence of its own', () => {
    // A quotation continued in the next paragraph has no closing mark in this one (fixed: the
    // segmenter's break after the mark used to leave `"` as a sentence between the two).
    expect(sentences('The delegation left."We will not come back to this table.')).toEqual(['The delegation left.', '"We will not come back to this table.']);
  });

  it('a straight mark after the full stop that closes a quotation ends the sentence', () => {
    expect(sentences('He said "we are done."Then he left.')).toEqual(['He said "we are done."', 'Then he left.']);
  });
});

describe('a furniture label glued to the next sentence', () => {
  it('is split off, also when more sentences follow in the paragraph', () => {
    expect(sentences('Related StoriesThe minister said the talks failed. Officials left the hall.')).toEqual([
      'Related Stories',
      'The minister said the talks failed. ',
      'Officials left the hall.',
    ]);
  });

  it('a capitalized word glued to another word is no break when no label stands before it', () => {
    expect(sentences('The McDonald family left. Officials stayed.')).toEqual(['The McDonald family left. ', 'Officials stayed.']);
  });
});

describe('an abbreviation before a word without capitals', () => {
  it('does not end the sentence: only a capital after it can start one', () => {
    expect(sentences('The order went to Acme Inc. 東京支店 on Monday, the ministry said.')).toEqual(['The order went to Acme Inc. 東京支店 on Monday, the ministry said.']);
  });

  it('control: a full stop after a word that is no abbreviation ends the sentence before the same word', () => {
    expect(sentences('The order went to the branch. 東京支店 confirmed it on Monday.')).toEqual(['The order went to the branch. ', '東京支店 confirmed it on Monday.']);
  });
});
