import { describe, expect, it } from 'vitest';
import { versionSchema } from '@lib/content/schema.ts';
import { buildTimeline } from '@lib/engine/story/timeline.ts';
import { formatDate, formatPublished } from '@lib/site/format.ts';
import { storyTimeline, timelineJson, timelinePage } from '@lib/site/timeline.ts';
import { analysed } from './synoptic-helpers.ts';
import { NAMES, REPRINT, WIRE_FIRST, WIRE_UPDATE, synopticStory } from './synoptic-story.ts';
import { lineageEdge } from '../support/lineage-edge.ts';

const edge = lineageEdge;

describe('published: a date, or a UTC time', () => {
  const parse = (published: string) => versionSchema.safeParse({ outlet: 'wire', published, attribution: { method: 'inferred', evidence: 'a test account' } });
  it('accepts both, keeps them as written', () => {
    expect(parse('2021-05-19').data?.published).toBe('2021-05-19');
    expect(parse('2021-05-19T18:40:00Z').data?.published).toBe('2021-05-19T18:40:00Z');
    expect(parse('2021-05-19T18:40Z').success).toBe(true);
  });
  it('rejects local times, offsets, impossible dates and times, with what was expected', () => {
    for (const bad of ['2021-05-19T18:40:00', '2021-05-19T18:40:00+03:00', '2021-02-30', '2021-02-30T10:00:00Z', '2021-05-19T24:00:00Z', '19 May 2021']) {
      const r = parse(bad);
      expect(r.success, bad).toBe(false);
      expect(r.error!.issues[0]!.message, bad).toMatch(/expected a (real calendar )?date written YYYY-MM-DD/);
    }
  });
  it('is shown with its time where known', () => {
    expect(formatPublished('2021-05-19T18:40:00Z')).toBe('19 May 2021, 18:40 UTC');
    expect(formatPublished('2021-05-19')).toBe('19 May 2021');
    expect(formatDate('2021-05-19T18:40:00Z')).toBe('19 May 2021');
  });
});

describe('timeline on the synoptic fixture', () => {
  const source = analysed(synopticStory());
  const timeline = storyTimeline(source);
  const entry = (id: string) => timeline.entries.find((e) => e.version === id)!;

  it('orders by day, then time, then lineage and id; positions follow', () => {
    expect(timeline.entries.map((e) => e.version)).toEqual(['reprint', 'wire-first', 'wire-update', 'annotated', 'independent']);
    expect(timeline.entries.map((e) => e.position)).toEqual([0, 1, 2, 3, 4]);
    expect(entry('wire-update').published).toBe('2025-03-04T13:40:00Z');
  });

  it('relations point only to earlier accounts, derivations first, with the lineage edge', () => {
    const position = new Map(timeline.entries.map((e) => [e.version, e.position]));
    for (const e of timeline.entries) for (const r of e.relations) expect(position.get(r.other)!).toBeLessThan(e.position);
    expect(entry('reprint').relations).toEqual([]);
    const update = entry('wire-update').relations;
    expect(update[0]).toMatchObject({ other: 'wire-first', role: 'revises' });
    expect(update[0]!.edge).toBe(source.findings.lineage.find((l) => l.kind === 'revision'));
  });

  it('a revision step lists sentences added, dropped and reworded, reworded words inline', () => {
    expect(timeline.chains.length).toBe(1);
    const [step] = timeline.chains[0]!;
    expect(step).toMatchObject({ earlier: 'wire-first', later: 'wire-update' });
    expect(step!.added.map((c) => c.after)).toEqual([WIRE_UPDATE[5]]);
    expect(step!.dropped.map((c) => c.before)).toEqual([WIRE_FIRST[4]]);
    expect(step!.reworded.length).toBe(1);
    const reworded = step!.reworded[0]!;
    expect(reworded.diff).toContainEqual([-1, 'two']);
    expect(reworded.diff).toContainEqual([1, 'three']);
    expect(step!.unchanged).toBe(4);
    const comparison = source.comparisons.get('wire-first/wire-update')!;
    for (const c of [...step!.added, ...step!.dropped, ...step!.reworded]) expect(comparison.rows.some((r) => r.id === c.row)).toBe(true);
  });

  it('the page words each relation with its figure and links to the comparison, earlier on the left', () => {
    const page = timelinePage('kestrel-floods', timeline, NAMES);
    expect(page.entries[0]!.none).toBe('The earliest account of this story.');
    expect(page.entries.map((e) => e.outletHref)).toEqual(page.entries.map((e) => `/outlets/${synopticStory().find((a) => a.id === e.version)!.outlet}/`));
    const update = page.entries.find((e) => e.version === 'wire-update')!;
    expect(update.relations[0]!.sentence).toMatch(/^A later revision of the text Wire \(morning\) carries: \d+% of its words are in Wire \(morning\)\.$/);
    expect(update.relations[0]!.compareHref).toBe('/stories/kestrel-floods/compare/wire-first/wire-update/');
    expect(update.relations[0]!.evidence).toEqual(source.findings.lineage.find((l) => l.kind === 'revision')!.evidence);
    expect(update.published).toBe('4 March 2025, 13:40 UTC');
    expect(update.datetime).toBe('2025-03-04T13:40:00Z');
    const daily = page.entries.find((e) => e.version === 'independent')!;
    expect(daily.relations.some((r) => /^Shares a quotation with .+: \d+ words verbatim, mostly inside quotation marks\.$/.test(r.sentence))).toBe(true);
    const [step] = page.chains[0]!;
    expect(step!.summary).toBe('1 sentence added, 1 dropped, 1 reworded; 4 unchanged.');
    expect(step!.reworded[0]!.pieces).toContainEqual({ text: 'two', mark: 'del' });
    expect(step!.reworded[0]!.href).toMatch(/^\/stories\/kestrel-floods\/compare\/wire-first\/wire-update\/#r\d+$/);
    expect(step!.setApart).toBeNull();
  });

  it('the JSON: accounts in order with relations (edge kind, evidence, comparison) and revision steps', () => {
    const json = timelineJson('kestrel-floods', timeline, source.findings);
    expect(json).toMatchObject({ schema: 1, story: 'kestrel-floods' });
    expect(json.accounts.map((a) => a.version)).toEqual(timeline.entries.map((e) => e.version));
    expect(json.accounts[2]!.relations[0]).toMatchObject({ other: 'wire-first', role: 'revises', kind: 'revision', compare: { a: 'wire-first', b: 'wire-update' } });
    expect(json.revisions[0]![0]).toMatchObject({ earlier: 'wire-first', later: 'wire-update', compare: { a: 'wire-first', b: 'wire-update' } });
  });
});

describe('copies: of the whole text, or of its opening', () => {
  const dated = (paragraphs: string[]) => {
    const story = synopticStory().filter((a) => a.id === 'wire-first' || a.id === 'independent');
    return analysed([...story, { id: 'copy', outlet: 'copier', published: '2025-03-06', paragraphs }]);
  };

  it('a reprint of the first paragraphs copies the opening', () => {
    const source = dated(REPRINT);
    const copy = storyTimeline(source).entries.find((e) => e.version === 'copy')!;
    expect(copy.relations[0]).toMatchObject({ other: 'wire-first', role: 'copies', opening: true });
    const page = timelinePage('s', storyTimeline(source), NAMES);
    expect(page.entries.find((e) => e.version === 'copy')!.relations[0]!.sentence).toMatch(/^Copies Wire \(morning\)’s opening: 100% of its words are in Wire \(morning\)\.$/);
  });

  it('a copy of all but a short tail, or one that skips the lede, copies the text (whatever the lineage calls it)', () => {
    const opening = (paragraphs: string[], options = {}) => {
      const source = dated(paragraphs);
      const copyEdge = edge('wire-first', 'copy', 'copy');
      const timeline = buildTimeline({ versions: source.findings.versions, lineage: [copyEdge], compare: (a, b) => source.comparisons.get(`${a}/${b}`) }, options);
      return timeline.entries.find((e) => e.version === 'copy')!.relations[0]!.opening;
    };
    expect(opening(WIRE_FIRST.slice(0, 4))).toBe(true);
    expect(opening(WIRE_FIRST.slice(0, 5))).toBe(false);
    expect(opening(WIRE_FIRST.slice(1, 4))).toBe(false);
    // The tail's share is an option: a fifth of the source (default); a tenth counts the short tail too.
    expect(opening(WIRE_FIRST.slice(0, 5), { openingRest: 0.1 })).toBe(true);
  });
});
