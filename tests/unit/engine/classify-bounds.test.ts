import { describe, expect, it } from 'vitest';
import { segmentAccount } from '@lib/engine/segment.ts';

/*
 * Where each furniture rule of classify.ts stops: the word limits at their edge (the last length
 * still taken, the first one refused), the position bounds at the top and bottom of the page, and
 * what each rule must leave alone. A reader sees the result as a line shown as article text or
 * set aside as page furniture. Invented news pages; no outlet's text.
 */

/** `text`, the reason of boilerplate (`share`, `caption`, …), or `kind/reason` for other labels (`interpolation/comment`). */
const label = (s: { kind: string; reason?: string }): string => (s.kind === 'text' ? 'text' : s.kind === 'boilerplate' ? (s.reason ?? 'boilerplate/?') : `${s.kind}/${s.reason}`);
const kinds = (...paragraphs: string[]) => segmentAccount({ id: 'page', paragraphs }).segments.map((s) => [s.text.trim(), label(s)]);
const reasons = (...paragraphs: string[]) => kinds(...paragraphs).map(([, r]) => r);

/** `n` distinct lower-case filler words ("alder birch …"), no punctuation. */
const FILLER = 'alder birch cedar dogwood elm fir ginkgo hazel ivy juniper larch maple oak pine rowan spruce teak walnut willow yew'.split(' ');
const words = (n: number): string => Array.from({ length: n }, (_, i) => FILLER[i % FILLER.length] + (i >= FILLER.length ? String.fromCharCode(97 + Math.floor(i / FILLER.length)) : '')).join(' ');
const count = (s: string): number => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

const LEAD = 'Harbour pilots in Corvena refused to guide tankers into port on Tuesday after a dispute over night shifts.';
const BODY = 'The port authority said talks with the pilots’ union would resume on Friday morning.';
const MORE = 'Two tankers waited at anchor outside the breakwater while the dispute went on.';

describe('caption: a credit in a paragraph of at most 80 words', () => {
  const credit = '(Photo by Reuters)';
  it('a paragraph of exactly 80 words with a credit is a caption; 81 words is article text', () => {
    const at = (n: number) => `Pilots walk along the quay in Corvena ${words(n - 10)}. ${credit}`;
    expect(count(at(80))).toBe(80);
    expect(reasons(LEAD, at(80), BODY)).toEqual(['text', 'caption', 'caption', 'text']);
    expect(count(at(81))).toBe(81);
    expect(reasons(LEAD, at(81), BODY)).toEqual(['text', 'text', 'text', 'text']);
  });
});

describe('single lines: at most 30 words', () => {
  const prompt = (n: number) => `Sign up for our morning newsletter to get ${words(n - 8)}`;
  it('a newsletter prompt of 30 words is a share prompt; of 31 words it is article text', () => {
    expect(count(prompt(30))).toBe(30);
    expect(reasons(LEAD, prompt(30))).toEqual(['text', 'share']);
    expect(reasons(LEAD, prompt(31))).toEqual(['text', 'text']);
  });
  it('a stamp word with a date is a stamp in a line of up to 12 words, not in a longer one', () => {
    const stamp12 = 'Updated 20 May 2021 after the council vote in the town hall';
    const stamp13 = 'Updated 20 May 2021 after the council vote in the old town hall';
    expect([count(stamp12), count(stamp13)]).toEqual([12, 13]);
    expect(reasons(LEAD, stamp12, BODY)).toEqual(['text', 'stamp', 'text']);
    expect(reasons(LEAD, stamp13, BODY)).toEqual(['text', 'text', 'text']);
  });
  it('a stamp word without a date is a sentence: "Updated figures …" stays text', () => {
    expect(reasons(LEAD, 'Updated figures from the port show more arrivals', BODY)).toEqual(['text', 'text', 'text']);
  });
  it('a video teaser is a line, not a sentence: "Watch: …" without a full stop is video, with one it is text', () => {
    expect(reasons(LEAD, 'Watch: pilots walk off the tankers in Corvena', BODY)).toEqual(['text', 'video', 'text']);
    expect(reasons(LEAD, 'Watch: pilots walked off the tankers in Corvena on Tuesday.', BODY)).toEqual(['text', 'text', 'text']);
  });
  it('a byline is not a sentence: a title-case line with a full stop stays text', () => {
    expect(reasons(LEAD, 'By Marta Vell', BODY)).toEqual(['text', 'byline', 'text']);
    expect(reasons(LEAD, 'By Tuesday Noon Corvena Pilots Were Back.', BODY)).toEqual(['text', 'text', 'text']);
  });
  it('a reader’s comment paragraph keeps all its sentences, also one that reads like a control', () => {
    expect(kinds(LEAD, 'Comment: The pilots are right. Read more', BODY).map(([, r]) => r)).toEqual(['text', 'interpolation/comment', 'interpolation/comment', 'text']);
  });
});

describe('each short-line rule names its reason', () => {
  it('an image stub is media, a machine-summary notice is a notice', () => {
    expect(reasons(LEAD, 'Image', BODY)).toEqual(['text', 'media', 'text']);
    expect(reasons(LEAD, 'This summary was generated with AI.', BODY)).toEqual(['text', 'notice', 'text']);
  });
});

describe('a paragraph rule leaves what is already set aside alone', () => {
  const STAMP = 'date 2021-05-20';
  it('a capture stamp stays a stamp in a comment paragraph or a caption paragraph', () => {
    expect(reasons(`${STAMP} Comment: The pilots are right.`, BODY)).toEqual(['stamp', 'interpolation/comment', 'text']);
    expect(reasons(`${STAMP} Pilots on the quay. (Photo by Reuters)`, BODY)).toEqual(['stamp', 'caption', 'caption', 'text']);
  });
  it('an author box takes the text after it, not a caption below it', () => {
    expect(reasons(LEAD, BODY, 'Marta Vell is a senior reporter for the Corvena Post.', 'Marta Vell on the quay. (Photo by Reuters)')).toEqual([
      'text', 'text', 'author', 'caption', 'caption',
    ]);
  });
});

describe('mirror notices take the addresses after them, nothing else', () => {
  it('article text after the addresses stays text', () => {
    expect(reasons(LEAD, 'This site can also be accessed at these addresses:', 'www.example.org', BODY)).toEqual(['text', 'mirror', 'mirror', 'text']);
  });
});

describe('related blocks: the heading and the headlines after it', () => {
  it('headlines without a full stop, a question headline and a bulleted one are the block; the first sentence ends it', () => {
    expect(
      reasons(LEAD, BODY, 'Related stories', 'Pilots strike spreads to the northern ports', 'Who pays for the night shifts?', '- Corvena council approves the port budget.', MORE, 'A quiet quay at dawn'),
    ).toEqual(['text', 'text', 'related', 'related', 'related', 'related', 'text', 'text']);
  });
  it('a bullet opens the line: a dash inside a sentence, after a dateline or in a word is not a list item', () => {
    expect(reasons(LEAD, BODY, 'Related stories', 'Pro- and anti-strike crowds gathered on the quay.', MORE)).toEqual(['text', 'text', 'related', 'text', 'text']);
    expect(reasons(LEAD, BODY, 'Related stories', 'The strike – the third this year – ended on Friday.', MORE)).toEqual(['text', 'text', 'related', 'text', 'text']);
    expect(reasons(LEAD, BODY, 'Related stories', 'CORVENA – Pilots returned to work on Friday.', MORE)).toEqual(['text', 'text', 'related', 'text', 'text']);
  });
  it('a headline of 25 words belongs to the block; a line of 26 ends it', () => {
    expect(reasons(LEAD, BODY, 'Related stories', words(25), MORE)).toEqual(['text', 'text', 'related', 'related', 'text']);
    expect(reasons(LEAD, BODY, 'Related stories', words(26), MORE)).toEqual(['text', 'text', 'related', 'text', 'text']);
  });
  it('a bulleted item of 50 words belongs to the block; of 51 it is article text', () => {
    expect(reasons(LEAD, BODY, 'Related stories', `- ${words(50)}.`, MORE)).toEqual(['text', 'text', 'related', 'related', 'text']);
    expect(reasons(LEAD, BODY, 'Related stories', `- ${words(51)}.`, MORE)).toEqual(['text', 'text', 'related', 'text', 'text']);
  });
  it('a heading on a line of its own takes the lines after it in its paragraph, and leaves an ad label inside them an ad', () => {
    expect(kinds(LEAD, BODY, 'Related stories\nPilots strike spreads to the northern ports\nAdvertisement\nWho pays for the night shifts?', MORE).map(([, r]) => r)).toEqual([
      'text', 'text', 'related', 'related', 'ad', 'related', 'text',
    ]);
  });
  it('a paragraph already set aside inside the block (an ad label) does not end it', () => {
    expect(reasons(LEAD, BODY, 'Related stories', 'Advertisement', 'Pilots strike spreads to the northern ports', MORE)).toEqual([
      'text', 'text', 'related', 'ad', 'related', 'text',
    ]);
  });
});

describe('repeated lines: a title the page holds twice', () => {
  it('a line of three words or more without a full stop, held twice, is furniture both times', () => {
    expect(reasons(LEAD, 'Pilots walk out', BODY, 'Pilots walk out', MORE)).toEqual(['text', 'furniture', 'text', 'furniture', 'text']);
  });
  it('upper and lower case and spacing do not make two titles different', () => {
    expect(reasons(LEAD, 'Pilots walk out', BODY, 'PILOTS  WALK OUT', MORE)).toEqual(['text', 'furniture', 'text', 'furniture', 'text']);
  });
  it('a two-word line held twice, a sentence held twice (a pull quote) and a different line stay text', () => {
    expect(reasons(LEAD, 'Pilots out', BODY, 'Pilots out', MORE)).toEqual(['text', 'text', 'text', 'text', 'text']);
    expect(reasons(LEAD, BODY, MORE, BODY)).toEqual(['text', 'text', 'text', 'text']);
    expect(reasons(LEAD, 'Pilots walk out', BODY, 'Pilots walk back', MORE)).toEqual(['text', 'text', 'text', 'text', 'text']);
  });
  it('a line of 40 words held twice is furniture; of 41 words it is text', () => {
    expect(reasons(LEAD, words(40), BODY, words(40), MORE)).toEqual(['text', 'furniture', 'text', 'furniture', 'text']);
    expect(reasons(LEAD, words(41), BODY, words(41), MORE)).toEqual(['text', 'text', 'text', 'text', 'text']);
  });
  it('only copies in the article or over a video count: a subheading that a related list repeats stays text', () => {
    expect(reasons(LEAD, 'Night shifts at the heart of it', BODY, MORE, 'Related stories', 'Night shifts at the heart of it')).toEqual([
      'text', 'text', 'text', 'text', 'related', 'related',
    ]);
  });
  it('a video’s title over the player is furniture when the teaser repeats it', () => {
    expect(reasons(LEAD, 'Pilots walk off the tankers', BODY, 'Watch: Pilots walk off the tankers', MORE)).toEqual(['text', 'furniture', 'text', 'video', 'text']);
  });
});

describe('top of the page: at most five lines above the first sentence', () => {
  const lines = ['News › Ports', 'Pilots walk out in Corvena', 'Tankers wait at anchor', 'Night shifts at the heart of it', 'Talks resume on Friday', 'A long week on the quay'];
  it('five short lines above the body are furniture', () => {
    expect(reasons(...lines.slice(0, 5), LEAD)).toEqual(['breadcrumb', 'furniture', 'furniture', 'furniture', 'furniture', 'text']);
  });
  it('lines already set aside (a byline, a stamp) are stepped over and do not count', () => {
    expect(reasons(...lines.slice(0, 2), 'By Marta Vell', 'Updated 20 May 2021', 'Talks resume on Friday', LEAD)).toEqual([
      'breadcrumb', 'furniture', 'byline', 'stamp', 'furniture', 'text',
    ]);
  });
  it('the scan looks at the first six paragraphs only: a body further down leaves the lines above it text', () => {
    expect(reasons(...lines.slice(0, 2), 'By Marta Vell', 'Updated 20 May 2021', 'Advertisement', 'Share this story', LEAD)).toEqual([
      'text', 'text', 'byline', 'stamp', 'ad', 'share', 'text',
    ]);
  });
  it('with six short lines above the body none is taken: that many is the article, not its header', () => {
    expect(reasons(...lines, LEAD)).toEqual(['text', 'text', 'text', 'text', 'text', 'text', 'text']);
  });
  it('a paragraph of two sentences, or one line of more than 40 words, is body text that ends the scan', () => {
    expect(reasons('Pilots walk out in Corvena', 'Tankers wait at anchor. Pilots stay home', MORE)).toEqual(['furniture', 'text', 'text', 'text']);
    expect(reasons('Pilots walk out in Corvena', words(41), MORE)).toEqual(['furniture', 'text', 'text']);
    expect(reasons('Pilots walk out in Corvena', words(40), MORE)).toEqual(['furniture', 'furniture', 'text']);
  });
});

describe('footer: short lines next to page controls, walking back from the end', () => {
  it('a line of six words beside a share button is a control; of seven words it is text', () => {
    expect(reasons(LEAD, BODY, 'Share this story', 'Corvena Harbour Radio and Port News')).toEqual(['text', 'text', 'share', 'share']);
    expect(reasons(LEAD, BODY, 'Share this story', 'Corvena Harbour Radio and the Port News')).toEqual(['text', 'text', 'share', 'text']);
  });
  it('the walk stops at the first sentence: a short line above it stays text', () => {
    expect(reasons(LEAD, 'Corvena Harbour Radio', BODY, 'Share this story')).toEqual(['text', 'text', 'text', 'share']);
  });
  it('a reader’s comment is not a control: short lines next to it stay text', () => {
    expect(reasons(LEAD, BODY, 'Comment: Shame', 'Corvena Harbour Radio')).toEqual(['text', 'text', 'interpolation/comment', 'text']);
  });
});

describe('an empty account', () => {
  it('has no segments and no labels', () => {
    expect(segmentAccount({ id: 'empty', paragraphs: [] }).segments).toEqual([]);
  });
});
