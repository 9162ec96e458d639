import { describe, expect, it } from 'vitest';
import { buildStoryContext, matchSegments, type AccountInput } from '@lib/engine/index.ts';
import { acc } from '../support/account.ts';

/*
 * What the aligner promises about its windows and its later passes (align.ts), on invented
 * accounts: each pass takes its strongest pair first and uses a sentence once; the retelling
 * passes pair one sentence with one sentence, above their own threshold; a split or merge is found
 * wherever it stands in accounts of any length; a sentence without content words never joins a
 * window; a merge is found even when shorter sentences on both sides repeat its words.
 */

const rows = (a: AccountInput, b: AccountInput, options = {}, ...others: AccountInput[]) =>
  matchSegments(a, b, buildStoryContext([a, b, ...others]), options).map((m) => [m.a, m.b, m.pass]);

describe('the contained pass', () => {
  const QUOTE = 'we will never accept sanctions imposed on our farmers by foreign powers';
  const SCRAMBLED = 'foreign powers imposed sanctions on our farmers and we will never accept';
  const harbour = (quote: string) =>
    `Speaking at length to reporters in the northern port city on Tuesday after a closed meeting with regional governors, trade unions, exporters and several bankers, the minister, who has held the post since 2019, repeated his line: ${quote}, adding that negotiations over grain quotas, fertiliser tariffs, shipping insurance and rail access would continue through the autumn and perhaps into next year.`;
  const college = (quote: string) =>
    `Late on Thursday evening, in a crowded hall of the agricultural college where hundreds of growers, cooperative leaders and a few cautious diplomats had gathered, the same official told the audience that ${quote}, before leaving without taking any questions from the press.`;
  const quoted = acc('a', `“W${QUOTE.slice(1)},” said the agriculture minister.`);

  it('takes the strongest of two long sentences that hold a quotation, and the quotation only once', () => {
    // Both long sentences hold the quotation's words; only the second in the same order. With the
    // word-order requirement off both qualify, and the one in order scores higher although it comes later.
    const options = { maxWindow: 1, containMinShingles: 0 };
    expect(rows(quoted, acc('b', college(SCRAMBLED), harbour(QUOTE)), options)).toEqual([[[0], [1], 'contained']]);
    expect(rows(quoted, acc('b', college(SCRAMBLED)), options)).toEqual([[[0], [0], 'contained']]);
  });
});

describe('the retelling passes', () => {
  // "Miriam Osei" and "Kestrel Line" are the rare pieces; the third account only widens the story so
  // that a name held by three sentences is still rare.
  const OTHER = acc('c', 'Gulls nested on the old crane near the quay.');
  const RULING = 'Judge Miriam Osei ordered the Kestrel Line ferries back into service on Thursday.';
  const CLOSE = 'On Thursday the Kestrel Line was told by Judge Miriam Osei that its boats must sail again.';
  const LOOSER = 'Boats of the Kestrel Line must sail again, Judge Miriam Osei ruled on Thursday, ending the stoppage.';
  const LOOSE = 'Miriam Osei, sitting alone, heard lawyers for Kestrel Line argue for most of a long and tense afternoon.';

  it('needs the pair to reach the retelling threshold, however many rare pieces it shares', () => {
    expect(rows(acc('a', RULING), acc('b', LOOSE), {}, OTHER)).toEqual([]);
    expect(rows(acc('a', RULING), acc('b', LOOSE), { retoldThreshold: 0 }, OTHER)).toEqual([[[0], [0], 'retold']]);
  });

  it('takes the closer of two retellings of one sentence, wherever it stands', () => {
    expect(rows(acc('a', RULING), acc('b', CLOSE, LOOSER), {}, OTHER)).toEqual([[[0], [0], 'retold']]);
    expect(rows(acc('a', RULING), acc('b', LOOSER, CLOSE), {}, OTHER)).toEqual([[[0], [1], 'retold']]);
  });

  it('pairs one sentence with one sentence: a merge is only ever taken as similar', () => {
    const split = acc('a', 'Judge Miriam Osei ruled on Thursday in the long dispute.', 'The Kestrel Line ferries must sail again, she said.');
    expect(rows(split, acc('b', CLOSE))).toEqual([[[0, 1], [0], 'similar']]);
    // Above every score, the merge is no similar pair; the retelling pass then takes its better sentence alone.
    expect(rows(split, acc('b', CLOSE), { similarThreshold: 0.9 })).toEqual([[[1], [0], 'retold']]);
  });

  it('a neighbour is a sentence matched one to one, on either side: a split is not', () => {
    const X = 'Osei later thanked the harbour workers for their patience.';
    const Y = 'Osei praised workers at the harbour, calling the deal fair.';
    const FRIDAY = 'The harbour workers returned to the quay on Friday';
    const WAGES = 'the owners had paid their wages at last.';
    expect(rows(acc('a', X, `${FRIDAY}, as ${WAGES}`), acc('b', Y, `${FRIDAY}. The ${WAGES.slice(4)}`))).toEqual([[[1], [1, 2], 'similar']]);
    expect(rows(acc('a', X, `${FRIDAY}, as ${WAGES}`), acc('b', Y, `${FRIDAY}, as ${WAGES}`))).toEqual([
      [[0], [0], 'neighbour'],
      [[1], [1], 'similar'],
    ]);
  });
});

describe('windows of several sentences', () => {
  const WHOLE = 'The regional council approved the new tram line to the airport, and it promised that the first trams would run before the winter holidays.';
  // The same sentence joined by a semicolon: its text sorts after the split's, the comma's before, so
  // the two forms put the split on either side of the comparison's canonical order.
  const WHOLES = [WHOLE, WHOLE.replace(', and it', '; it')];
  const [FIRST, SECOND] = ['The regional council approved the new tram line to the airport.', 'It promised that the first trams would run before the winter holidays.'];

  it('finds a split or merge at the start, middle and end of accounts of 1 to 20 sentences', () => {
    const PLACES = ['Arlow', 'Brenmoor', 'Castlebay', 'Dunmere', 'Elsford', 'Fernhill', 'Garrowby', 'Holmwick', 'Iverdale', 'Jessington', 'Kilbrack', 'Larkmoor', 'Morvenna', 'Netherholt', 'Oakhurst', 'Pellingham', 'Quarrick', 'Rosswater', 'Saltmere'];
    const THINGS = ['oaks', 'pylons', 'signposts', 'fences', 'chimneys', 'hoardings', 'billboards', 'lampposts', 'sheds', 'gates', 'beeches', 'scaffolds', 'awnings', 'poplars', 'kiosks', 'masts', 'shelters', 'hedges', 'barns'];
    const others = (n: number) => Array.from({ length: n }, (_, k) => `Crews in ${PLACES[k]} cleared ${THINGS[k]} from the roads after the storm.`);
    for (const whole of WHOLES) {
      for (let n = 0; n <= 18; n++) {
        for (const at of new Set([0, Math.floor(n / 2), n])) {
          const around = others(n);
          const one = acc('a', ...around.slice(0, at), whole, ...around.slice(at));
          const two = acc('b', ...around.slice(0, at), FIRST, SECOND, ...around.slice(at));
          expect(rows(one, two), `${n} others, at ${at}`).toContainEqual([[at], [at, at + 1], 'similar']);
          expect(rows(two, one), `${n} others, at ${at}`).toContainEqual([[at, at + 1], [at], 'similar']);
        }
      }
    }
  });

  it('joins three sentences at the default maxWindow (3), and no more', () => {
    const three = ['The regional council approved the new tram line to the airport.', 'It promised that the first trams would run before the winter holidays.', 'Fares will match those of the city buses.'];
    const whole = 'The regional council approved the new tram line to the airport, promised that the first trams would run before the winter holidays and said fares will match those of the city buses.';
    expect(rows(acc('a', whole), acc('b', ...three))).toEqual([[[0], [0, 1, 2], 'similar']]);
    expect(rows(acc('a', ...three), acc('b', whole))).toEqual([[[0, 1, 2], [0], 'similar']]);
    expect(rows(acc('a', whole), acc('b', ...three), { maxWindow: 2 })).not.toContainEqual([[0], [0, 1, 2], 'similar']);
  });

  it('maxWindow 2 still joins two sentences', () => {
    expect(rows(acc('a', WHOLES[0]!), acc('b', FIRST, SECOND), { maxWindow: 2 })).toEqual([[[0], [0, 1], 'similar']]);
  });

  it('never joins a sentence without content words to its neighbour', () => {
    const WALKOUT = 'The harbour workers walked out on Monday over unpaid wages.';
    const RETURN = 'They returned on Friday after the owners paid.';
    for (const empty of ['And so it was.', 'Why?']) {
      expect(rows(acc('a', WALKOUT, empty, RETURN), acc('b', WALKOUT, RETURN))).toEqual([
        [[0], [0], 'similar'],
        [[2], [1], 'similar'],
      ]);
    }
  });

  it('finds a merge whose sentences are also repeated, shorter, later in the other account', () => {
    // Every short sentence lies wholly inside a sentence of the merge (or the merged one), as the
    // merge's own pairs do: the windows grow around each sentence's best partners, ties to the earliest.
    const echoesOfFirst = ['The council approved the tram line.', 'A new line to the airport was approved.'];
    const echoesOfSecond = ['The first trams would run in winter.', 'It promised trams before the holidays.'];
    const echoesOfWhole = ['The council promised trams to the airport.', 'A tram line would run before the winter holidays.'];
    expect(rows(acc('a', FIRST, SECOND, ...echoesOfWhole), acc('b', WHOLE, ...echoesOfFirst, ...echoesOfSecond))).toContainEqual([[0, 1], [0], 'similar']);
  });

  it('finds a merge whose pairs are only second-best, or best for one of their two sentences only', () => {
    const [echoOfFirst, otherEchoOfFirst] = ['The council approved the tram line.', 'A new line to the airport was approved.'];
    const [echoOfSecond, otherEchoOfSecond] = ['The first trams would run in winter.', 'It promised trams before the holidays.'];
    const [echoOfWhole, otherEchoOfWhole] = ['The council promised trams to the airport.', 'A tram line would run before the winter holidays.'];
    // Each merged sentence's best partner is an earlier short sentence; the merge is its second.
    expect(rows(acc('a', echoOfWhole, FIRST, SECOND), acc('b', echoOfFirst, echoOfSecond, WHOLE))).toContainEqual([[1, 2], [2], 'similar']);
    // The merged sentence's two best partners are short sentences: only the split sentences rank the merge.
    expect(rows(acc('a', echoOfWhole, otherEchoOfWhole, FIRST, SECOND), acc('b', echoOfFirst, echoOfSecond, WHOLE))).toContainEqual([[2, 3], [2], 'similar']);
    // The split sentences' two best partners are short sentences: only the merged sentence ranks the split.
    expect(rows(acc('a', echoOfWhole, FIRST, SECOND), acc('b', echoOfFirst, otherEchoOfFirst, echoOfSecond, otherEchoOfSecond, WHOLE))).toContainEqual([[1, 2], [4], 'similar']);
  });

  it('without a word-count or word-order requirement on the contained pass, a merge is still a merge', () => {
    expect(rows(acc('a', FIRST, SECOND), acc('b', WHOLE), { containMinWords: 0, containMinShingles: 0 })).toEqual([[[0, 1], [0], 'similar']]);
  });
});

describe('neighbour support comes from sentences matched one to one', () => {
  const NOTICE = 'The ferry operator cancelled every crossing to the islands until further notice.';
  const QUEUE = 'Residents queued for bread at the harbour shop.';
  const BAND = 'A brass band rehearsed in the square all afternoon.';

  it('of two copies of a sentence without matched neighbours, the earlier wins: a window starting beside one lends no support', () => {
    // The sentence before the second copy starts a window (that sentence joined with the first
    // copy, or the other side's unrelated sentence joined with its copy). Windows are no neighbours.
    // The two layouts put the copies on either side of the comparison's canonical order.
    expect(rows(acc('a', QUEUE, NOTICE), acc('b', BAND, NOTICE, NOTICE))).toEqual([[[1], [1], 'similar']]);
    expect(rows(acc('a', BAND, NOTICE, NOTICE), acc('b', QUEUE, NOTICE))).toEqual([[[1], [1], 'similar']]);
    expect(rows(acc('a', QUEUE, NOTICE, NOTICE), acc('b', BAND, NOTICE))).toEqual([[[1], [1], 'similar']]);
    expect(rows(acc('a', BAND, NOTICE), acc('b', QUEUE, NOTICE, NOTICE))).toEqual([[[1], [1], 'similar']]);
  });
});

describe('thresholds are inclusive', () => {
  const NOTICE = 'The ferry operator cancelled every crossing to the islands until further notice.';
  const RULING = 'Judge Miriam Osei ordered the Kestrel Line ferries back into service on Thursday.';
  const QUOTE = 'we will never accept sanctions imposed on our farmers by foreign powers';
  const speech = `Speaking at length to reporters in the northern port city on Tuesday after a closed meeting with regional governors, trade unions, exporters and several bankers, the minister, who has held the post since 2019, repeated his line: ${QUOTE}, adding that negotiations over grain quotas would continue through the autumn.`;

  it('a pair exactly at the similar, contained or retelling threshold passes it', () => {
    // Identical sentences score exactly 1, and a quotation wholly inside a sentence is contained exactly 1.
    expect(rows(acc('a', NOTICE), acc('b', NOTICE), { similarThreshold: 1 })).toEqual([[[0], [0], 'similar']]);
    expect(rows(acc('a', `W${QUOTE.slice(1)}.`), acc('b', speech), { containThreshold: 1 })).toEqual([[[0], [0], 'contained']]);
    // A copied sentence is one rare unit (one run of shared words), so one unit is asked for.
    const onlyRetold = { similarThreshold: 1.5, containThreshold: 1.5, retoldThreshold: 1, retoldMinRareUnits: 1 };
    expect(rows(acc('a', RULING), acc('b', RULING), onlyRetold, acc('c', 'Gulls nested on the old crane near the quay.'))).toEqual([[[0], [0], 'retold']]);
  });
});
