import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLUSTER_DEFAULTS, type StoryAccountInput, type StoryFindings } from '@lib/engine/story/index.ts';
import { analyse, storyOf } from './helpers.ts';
import { POOL } from './synthetic.ts';

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
  // Analysed inside each test, never at collection: Stryker counts code run outside a test as static and skips its mutants.
  const findings = () => analyse(storyOf(accounts()));

  it('two sentences that match only a long sentence holding both are not one passage', () => {
    const f = findings();
    const pier = passageOf(f, 'pier', 'The port authority');
    const boats = passageOf(f, 'boats', 'The trawler crews');
    expect(pier).toBeDefined();
    expect(boats).toBeDefined();
    expect(pier.id).not.toBe(boats.id);
  });

  it('a passage every account prints verbatim is one cluster of all three', () => {
    const f = findings();
    expect(passageOf(f, 'pier', 'The harbour master').members.map((m) => m.version)).toEqual(['pier', 'merged', 'boats']);
  });

  it('every member’s segments are consecutive text segments, every text segment in exactly one cluster', () => {
    const f = findings();
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
    const f = findings();
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

describe('cluster invariants on random stories (property)', () => {
  it('members match directly or through a strong common member; segments consecutive; every text segment once', () => {
    // The bridge pool adds the harbour sentences above: a long sentence holding two short ones invites chains.
    const pool = [...POOL, ...accounts().flatMap((a) => a.paragraphs.slice(0, 1))];
    const account = (i: number) =>
      fc.record({ picks: fc.subarray(pool.map((_, k) => k), { minLength: 1, maxLength: 6 }), day: fc.integer({ min: 1, max: 3 }) }).map(
        ({ picks, day }): StoryAccountInput => ({ id: `acc-${i}`, outlet: `outlet-${i}`, published: `2024-05-0${day}`, paragraphs: picks.map((k) => pool[k]!) }),
      );
    const storyArb = fc.integer({ min: 3, max: 4 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => account(i))));
    fc.assert(
      fc.property(storyArb, (accs) => {
        const story = storyOf(accs);
        const f = analyse(story);
        /** Matched rows between two members, as [score, pass] pairs. */
        const rowsBetween = (x: { version: string; segments: number[] }, y: { version: string; segments: number[] }) => {
          const [lo, hi] = x.version < y.version ? [x, y] : [y, x];
          return story
            .compare(lo.version, hi.version)
            .rows.filter((r) => r.kind !== 'a-only' && r.kind !== 'b-only')
            .filter((r) => r.a.some((s) => lo.segments.includes(s)) && r.b.some((s) => hi.segments.includes(s)));
        };
        const strong = (x: Parameters<typeof rowsBetween>[0], y: Parameters<typeof rowsBetween>[0]) =>
          rowsBetween(x, y).some((r) => r.pass !== 'contained' && (r.score ?? 1) >= CLUSTER_DEFAULTS.strongRowScore);
        const seen = new Set<string>();
        for (const c of f.clusters) {
          for (const m of c.members) {
            m.segments.forEach((s, i) => i === 0 || expect(s).toBe(m.segments[i - 1]! + 1));
            for (const s of m.segments) {
              expect(seen.has(`${m.version}/${s}`)).toBe(false);
              seen.add(`${m.version}/${s}`);
            }
          }
          for (const x of c.members)
            for (const y of c.members) {
              if (x.version >= y.version || rowsBetween(x, y).length) continue;
              expect(c.members.some((w) => w !== x && w !== y && strong(x, w) && strong(y, w))).toBe(true);
            }
        }
      }),
      { numRuns: 20, seed: 5 },
    );
  });
});
