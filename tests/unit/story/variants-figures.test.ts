import { describe, expect, it } from 'vitest';
import { figures } from '@lib/engine/story/variants.ts';
import { languageFor } from '@lib/engine/lang/index.ts';
import { analyse, storyOf } from './helpers.ts';
import { ORIGINAL } from './synthetic.ts';

/*
 * The figure reader (`figures`) on words that hold digits, and a weekday in the reference wording
 * against a date in another account (the date read in the year of the account that writes it).
 * Invented sentences.
 */
const values = (text: string) => figures(text, languageFor('en')).map((f) => `${f.kind}:${f.value}:${f.text}`);

describe('the figure reader', () => {
  it('reads the digits that open a word (19th, 20km), not digits inside one (F16s)', () => {
    expect(values('On the 19th two F16s flew 20km south')).toEqual(['number:n:19:19th', 'number:n:2:two', 'number:n:20:20km']);
  });

  it('a month followed by a word without digits, or by a number over 31, is no date', () => {
    expect(values('In May lorries crossed')).toEqual([]);
    expect(values('By May 40 lorries crossed')).toEqual(['number:n:40:40']);
    // 31 is still a day.
    expect(values('By May 31 lorries crossed')).toEqual(['date:d:5-31:May 31']);
    expect(values('In May 19 lorries crossed')).toEqual(['date:d:5-19:May 19']);
  });
});

describe('the first month and the first weekday of the calendar', () => {
  // January and Sunday are the lists' first entries (index 0); a number at the end of the text has no word after it.
  it('read January both ways, Sunday, and a number that ends the text', () => {
    expect(values('On January 5 and on 6 January')).toEqual(['date:d:1-5:January 5', 'date:d:1-6:6 January']);
    expect(values('On Sunday the toll rose to 12')).toEqual(['date:w:0:Sunday', 'number:n:12:12']);
  });

  it('a day-first date takes its month word with it: the number after it is no day of that month', () => {
    expect(values('On 19 May 20 lorries crossed')).toEqual(['date:d:5-19:19 May', 'number:n:20:20']);
  });
});

describe('a weekday in the reference wording', () => {
  const sentence = (when: string) => `The ministry said the new bridge would open to lorries ${when} after inspectors from the regional transport office signed off the cables.`;
  const story = (when: string) =>
    analyse(
      storyOf([
        { id: 'one', outlet: 'one', published: '2021-05-17', paragraphs: [sentence('on Thursday'), ORIGINAL[0]!, ORIGINAL[2]!] },
        { id: 'two', outlet: 'two', published: '2022-05-18', paragraphs: [sentence(when), ORIGINAL[0]!, ORIGINAL[2]!] },
      ]),
    ).variants.map((v) => `${v.kind}:${v.forms.map((f) => f.text).join('/')}`);

  it('agrees with a date that falls on it in the year of the account that writes the date', () => {
    // 19 May 2022 was a Thursday (in 2021, the reference's year, a Wednesday).
    expect(story('on 19 May')).toEqual([]);
    expect(story('on 20 May')).toEqual(['date:Thursday/20 May']);
  });
});
