import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StoryAccountInput, StoryFindings } from '../../../src/lib/engine/story/index.ts';
import { analyse, storyOf } from './helpers.ts';

/**
 * Invented reports of a harbour closure. "merged" joins two statements in one sentence that the
 * others print apart: the pier closure (only "pier" prints it) and the fishing boats' move (only
 * "boats" prints it). The engine matches each short sentence inside the long one; the two short
 * sentences say different things and must not become one passage.
 */
const TAIL = 'The harbour master declined to say how much the repairs would cost or who would pay for them.';
const accounts = (): StoryAccountInput[] => [
  {
    id: 'pier',
    outlet: 'gazette',
    published: '2025-03-02',
    paragraphs: ['The port authority of Sandvik will close its northern pier to all traffic from next Monday for urgent repairs to the concrete deck.', TAIL],
  },
  {
    id: 'merged',
    outlet: 'courier',
    published: '2025-03-03',
    paragraphs: [
      'The port authority of Sandvik will close its northern pier to all traffic from next Monday for urgent repairs to the concrete deck, and the trawler crews moored there have been told to shift their vessels to the southern basin until the summer festival.',
      TAIL,
    ],
  },
  {
    id: 'boats',
    outlet: 'herald',
    published: '2025-03-04',
    paragraphs: ['The trawler crews moored there have been told to shift their vessels to the southern basin until the summer festival, a union official said.', TAIL],
  },
];

const passageOf = (f: StoryFindings, version: string, startsWith: string) =>
  f.clusters.find((c) => c.members.some((m) => m.version === version && m.text.startsWith(startsWith)))!;

describe('passage clusters mean one passage', () => {
  const f = analyse(storyOf(accounts()));

  it('two sentences that match only a long sentence holding both are not one passage', () => {
    const pier = passageOf(f, 'pier', 'The port authority');
    const boats = passageOf(f, 'boats', 'The trawler crews');
    expect(pier).toBeDefined();
    expect(boats).toBeDefined();
    expect(pier.id).not.toBe(boats.id);
  });

  it('a passage every account prints verbatim is one cluster of all three', () => {
    expect(passageOf(f, 'pier', 'The harbour master').members.map((m) => m.version)).toEqual(['pier', 'merged', 'boats']);
  });

  it('every member’s segments are consecutive text segments, every text segment in exactly one cluster', () => {
    const seen = new Set<string>();
    for (const c of f.clusters)
      for (const m of c.members) {
        m.segments.forEach((s, i) => i === 0 || expect(s).toBe(m.segments[i - 1]! + 1));
        for (const s of m.segments) {
          expect(seen.has(`${m.version}/${s}`)).toBe(false);
          seen.add(`${m.version}/${s}`);
        }
      }
  });

  it('shuffled accounts give the same clusters (property)', () => {
    const expected = JSON.stringify(f.clusters);
    const story = storyOf(accounts());
    fc.assert(
      fc.property(fc.shuffledSubarray(accounts(), { minLength: 3, maxLength: 3 }), (shuffled) => {
        expect(JSON.stringify(analyse({ accounts: shuffled, compare: story.compare }).clusters)).toBe(expected);
      }),
      { numRuns: 6, seed: 3 },
    );
  });
});
