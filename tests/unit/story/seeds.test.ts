import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryFindings } from '@lib/engine/story/index.ts';
import { analyse, seedStory } from './helpers.ts';

let f: StoryFindings;
beforeAll(async () => {
  f = analyse(await seedStory());
});

const edge = (from: string, to: string) => f.lineage.find((e) => e.from === from && e.to === to);

describe('seed story: copy lineage', () => {
  it("Islam Times' text is a copy of Press TV's opening (press-tv → islam-times, copy)", () => {
    const e = edge('press-tv', 'islam-times');
    expect(e).toMatchObject({ kind: 'copy', directed: true, basis: 'evidence' });
    expect(e!.signals.shared[1]).toBeGreaterThan(0.95); // nearly all of Islam Times is in Press TV
    expect(e!.signals.shared[0]).toBeLessThan(0.8); // but not all of Press TV is in Islam Times
    expect(e!.reasons).toEqual(['contained', 'published-first', 'own-prose-run', 'exclusive-wording']);
    expect(e!.confidence).toBeGreaterThan(0.8);
  });

  it('the annotated repost is an earlier revision of the RFE/RL report (rferl → repost, revision)', () => {
    const e = edge('rferl', 'rferl-annotated-repost');
    expect(e).toMatchObject({ kind: 'revision', directed: true, basis: 'relation', earlier: 'rferl-annotated-repost' });
    expect(e!.reasons).toContain('earlier-revision-carried');
    expect(f.lineage.filter((x) => [x.from, x.to].sort().join() === 'rferl,rferl-annotated-repost')).toHaveLength(1);
  });

  it('states no other direction: every other edge is an undirected common source', () => {
    for (const e of f.lineage) if (!['press-tv>islam-times', 'rferl>rferl-annotated-repost'].includes(`${e.from}>${e.to}`)) expect(e).toMatchObject({ kind: 'common-source', directed: false });
  });

  it('links Antiwar.com to the Press TV group by the shared TASS quote only', () => {
    const e = f.lineage.find((x) => [x.from, x.to].includes('antiwar') && [x.from, x.to].includes('press-tv'));
    expect(e?.kind).toBe('common-source');
    expect(e!.signals.longestRunOutsideQuotes).toBe(0);
  });

  it('every edge has reasons and a confidence in 0–1', () => {
    for (const e of f.lineage) {
      expect(e.reasons.length).toBeGreaterThanOrEqual(1);
      expect(e.confidence).toBeGreaterThanOrEqual(0);
      expect(e.confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe('seed story: quotes', () => {
  it('Press TV, Islam Times and Antiwar.com carry the same TASS-reported Lavrov quote', () => {
    const q = f.quotes.find((x) => x.members.some((m) => m.text.startsWith('The conversation seemed to me constructive')));
    expect(q).toBeDefined();
    expect([...q!.versions].sort()).toEqual(['antiwar', 'islam-times', 'press-tv']);
    expect(q!.speaker).toMatch(/Lavrov/);
    expect(q!.members.every((m) => m.marks.length === 0)).toBe(true);
    expect(q!.members.map((m) => m.verb).sort()).toEqual(['said', 'was quoted as saying', 'was quoted as saying']);
  });

  it('aligns "serious differences in the assessment" with "significant differences in assessing", marked paraphrased', () => {
    const q = f.quotes.find((x) => x.members.some((m) => m.text.startsWith('serious differences in the assessment')))!;
    expect(q.members.some((m) => m.text.startsWith('We have significant differences in assessing'))).toBe(true);
    const serious = q.members.find((m) => m.version === 'rferl' && m.text.startsWith('serious'))!;
    expect(serious.marks).toContain('paraphrased');
    expect(serious.diff.some(([op, t]) => op === 1 && t.includes('serious'))).toBe(true);
  });

  it('finds the Lavrov quote Press TV prints without quotation marks', () => {
    const q = f.quotes.find((x) => x.members.some((m) => m.version === 'islam-times' && m.text.startsWith('We will prepare proposals')))!;
    const pressTv = q.members.find((m) => m.version === 'press-tv')!;
    expect(pressTv.marks).toContain('unquoted');
    expect(pressTv.verb).toBe('said');
  });

  it('resolves pronouns and descriptions to the speaker', () => {
    const blinken = f.quotes.find((x) => x.members.some((m) => m.text.startsWith('We think that')))!;
    expect(blinken.speaker).toBe('Antony Blinken');
    expect(blinken.members.find((m) => m.version === 'press-tv')!.speaker).toBe('Antony Blinken'); // “…,” he said
    const desc = f.quotes.flatMap((x) => x.members).find((m) => m.version === 'press-tv' && m.text.startsWith('We have significant'))!;
    expect(desc.speaker).toMatch(/Lavrov/); // “…,” the Russian foreign minister said
  });
});

describe('seed story: variants', () => {
  const forms = () => f.variants.filter((v) => v.kind === 'name').map((v) => v.forms.map((x) => x.text).sort().join('/'));
  it('finds Sergei/Sergey and Aleksei/Alexei', () => {
    expect(forms()).toContain('Sergei/Sergey');
    expect(forms()).toContain('Aleksei/Alexei');
    const sergei = f.variants.find((v) => v.forms.some((x) => x.text === 'Sergei'))!;
    expect(sergei.forms.find((x) => x.text === 'Sergei')).toMatchObject({ versions: ['rferl'], context: 'Sergei Lavrov' });
  });
  it('reports no false name variants (Kiev appears in Press TV only)', () => {
    expect(forms()).toHaveLength(2);
  });
});

describe('seed story: clusters and coverage', () => {
  it('every Islam Times passage is carried by Press TV', () => {
    const own = f.coverage.find((c) => c.version === 'islam-times')!;
    expect(own.only).toEqual([]);
    for (const c of f.clusters) if (c.members.some((m) => m.version === 'islam-times')) expect(c.members.some((m) => m.version === 'press-tv')).toBe(true);
  });

  it('the Blinken quote passage is carried by four accounts', () => {
    const c = f.clusters.find((x) => x.members.some((m) => m.text.startsWith('“We think that’s good')))!;
    expect(c.members.map((m) => m.version).sort()).toEqual(['islam-times', 'press-tv', 'rferl', 'rferl-annotated-repost']);
    expect(c.members.filter((m) => m.wording !== 'reworded').length).toBeGreaterThanOrEqual(2);
  });

  it("leaves out: RFE/RL's passages the repost and others carry; interpolations are counted apart", () => {
    const repost = f.coverage.find((c) => c.version === 'rferl-annotated-repost')!;
    expect(repost.interpolations).toBe(4);
    const antiwar = f.coverage.find((c) => c.version === 'antiwar')!;
    expect(antiwar.leftOut.length).toBeGreaterThan(0);
    for (const id of antiwar.leftOut) expect(f.clusters.find((c) => c.id === id)!.members.length).toBeGreaterThanOrEqual(2);
  });

  it('clusters never hold boilerplate or interpolated segments, and every member links to a comparison row', () => {
    for (const c of f.clusters)
      for (const m of c.members) {
        expect(m.text).not.toMatch(/^Comment:|SHARE THIS ARTICLE/);
        expect(m.link?.row).toMatch(/^r\d+$/);
        expect(m.link!.a < m.link!.b).toBe(true);
      }
  });
});
