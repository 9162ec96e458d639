import { describe, expect, it } from 'vitest';
import type { QuoteOptions, StoryAccountInput } from '@lib/engine/story/index.ts';
import { buildQuotes } from '@lib/engine/story/quotes.ts';
import { storyAccounts, storyOf } from './helpers.ts';

/*
 * When two accounts' quotations are one quotation (`buildQuotes`): the same words (IDF-weighted Dice
 * reaching `minDice`), a verbatim fragment of two content words or more (a cut quotation's last word
 * read as a prefix, a complete one's as a whole word), or most of a longer one's words (containment
 * reaching `minContainment`, trusted from `minContentWords` content words on). A fragment of one content
 * word, a complete quotation whose last word only begins a longer word, or three words that merely
 * occur in a long statement are no evidence: such quotations stay apart. Every quotation below is
 * attributed to a named person, so one account's quotation is listed on its own when it matches none.
 * Invented reports of a harbour's reopening.
 */
const acc = (id: string, published: string, paragraphs: string[]): StoryAccountInput => ({ id, outlet: `${id}-outlet`, published, paragraphs });
const INTRO = 'Harbour master Lars Dahl opened the rebuilt wall on Tuesday.';
const quotesOf = (accounts: StoryAccountInput[], options?: QuoteOptions) => buildQuotes(storyAccounts(storyOf(accounts)), options);
/** Each listed quotation as its members' accounts. */
const grouping = (accounts: StoryAccountInput[], options?: QuoteOptions) => quotesOf(accounts, options).map((q) => q.members.map((m) => m.version));
const pair = (a: string, b: string) => [acc('a', '2025-04-01', [INTRO, a]), acc('b', '2025-04-02', [INTRO, b])];

describe('a verbatim fragment of a longer quotation', () => {
  it('of two content words is the same quotation', () => {
    const found = quotesOf(pair('“The fishing fleet,” Dahl said when asked whom the repairs were for.', '“The fishing fleet can come home in May and stay through every autumn gale,” Dahl said.'));
    expect(found.map((q) => q.members.map((m) => m.text))).toEqual([['The fishing fleet,', 'The fishing fleet can come home in May and stay through every autumn gale,']]);
  });

  it('of one content word (with stopwords) is not: one word in common is no evidence', () => {
    expect(grouping(pair('“The sea,” Dahl said when asked what had broken the old breakwater.', '“The sea will never take this breakwater,” Dahl said.'))).toEqual([['a'], ['b']]);
  });

  it('cut off by the end of the capture after two words matches with its last word read as a prefix', () => {
    expect(grouping(pair('Asked about the repairs, Dahl said: “Fishing boa', '“Fishing boats will be back in the harbour by May, and the ferry soon after,” Dahl said.'))).toEqual([['a', 'b']]);
  });

  it('complete, whose last word only begins a word of the longer, is not a fragment of it', () => {
    expect(grouping(pair('“We rebuilt the market,” Dahl said.', '“We rebuilt the marketplace and the old fish hall in one year,” Dahl said.'))).toEqual([['a'], ['b']]);
  });
});

describe('the content words of a shorter quotation found in a longer one (containment)', () => {
  it('are no evidence when the shorter has fewer than four content words, out of order', () => {
    expect(grouping(pair('“Stone, steel and patience,” Dahl said of the new breakwater.', '“It took patience to bring the steel from Bergen and the stone from the quarry at Sande,” Dahl said.'))).toEqual([['a'], ['b']]);
  });

  it('match when every word is found, even at a bar of 1 (the bar is reached, not passed)', () => {
    const accounts = pair('“Stone, steel, patience and luck,” Dahl said of the new breakwater.', '“It took luck and patience to bring the steel from Bergen and the stone from the quarry at Sande,” Dahl said.');
    expect(grouping(accounts, { minContainment: 1 })).toEqual([['a', 'b']]);
  });
});

describe('the same words (Dice)', () => {
  it('match at a bar of 1 when the words are the same (the bar is reached, not passed)', () => {
    // One word: too short to be a fragment or to be contained, so only its Dice score matches it.
    expect(grouping(pair('“Finished,” Dahl said of the repairs.', 'Of the repairs, Dahl said: “Finished.”'), { minDice: 1 })).toEqual([['a', 'b']]);
  });
});

describe('two quotations with as many content words', () => {
  // Which account was published first never decides whether two quotations match.
  const both = (a: string[], b: string[]) => [grouping([acc('a', '2025-04-01', a), acc('b', '2025-04-02', b)]), grouping([acc('a', '2025-04-01', b), acc('b', '2025-04-02', a)])];

  it('either may be the fragment: a capture cut off in a word, and one cut off later', () => {
    const earlier = [INTRO, 'Dahl told the radio station: “We did not agree on the schedule with the contra'];
    const later = [INTRO, 'Dahl told the radio station: “We did not agree on the schedule with the contractor, and we will me'];
    expect(both(earlier, later)).toEqual([[['a', 'b']], [['a', 'b']]]);
  });

  it('the lighter is measured against the other for containment, whichever is printed first', () => {
    // Four content words each, three shared and common in the story; "grey" is rarer than "granite" is.
    const a = [INTRO, 'Crews rebuilt the harbour wall in eight months.', '“The rebuilt harbour wall is grey,” Dahl said.', 'Its old stone was grey too.'];
    const b = [INTRO, 'The harbour wall was rebuilt after the storms.', '“The harbour wall is rebuilt in granite,” Dahl said.', 'Ferries return in May.', 'The fish market opens on Friday.', 'Tourists came by bus.'];
    expect(both(a, b)).toEqual([[['a', 'b']], [['a', 'b']]]);
  });
  it('a capture cut off inside a short word is a fragment though that partial word adds a content word', () => {
    // "th" (of "them") is a content word its fuller form lacks: the cut wording has four, the whole one three.
    // With Dice matching only identical wordings (a bar of 1), the fragment test alone matches them.
    const cut = [INTRO, 'Dahl told the radio station: “We want the boats back, and we want th'];
    const whole = [INTRO, '“We want the boats back, and we want them back now,” Dahl said.'];
    const pairs = [grouping([acc('a', '2025-04-01', cut), acc('b', '2025-04-02', whole)], { minDice: 1 }), grouping([acc('a', '2025-04-01', whole), acc('b', '2025-04-02', cut)], { minDice: 1 })];
    expect(pairs).toEqual([[['a', 'b']], [['a', 'b']]]);
  });

  it('with fewer content words, the shorter is measured for containment, though the other weighs less', () => {
    // Three content words against four: the four-word one weighs less (its "boats" and "town" are in most sentences), but the
    // three-word one is the shorter, too short for containment; "Sande" is its own, so the two are not one statement.
    const a = [
      INTRO,
      '“Boats of the town now have a granite quay,” Dahl said.',
      'Boats of the town waited two years for it.',
      'Boats from the town fished elsewhere all winter.',
      'The town council paid for the granite and the quay.',
      'Boats came back to the town on Monday.',
      'Ferries and boats of the town return in May.',
    ];
    const b = [
      INTRO,
      '“A granite quay from Sande,” Dahl said of the works.',
      'Boats filled the town harbour by noon.',
      'The town cheered the boats.',
      'Granite blocks for the quay came by barge.',
      'Boats and the town will celebrate on Sunday.',
      'The fish market of the town opens on Friday for the boats.',
    ];
    expect(both(a, b)).toEqual([[['a'], ['b']], [['a'], ['b']]]);
  });
});
