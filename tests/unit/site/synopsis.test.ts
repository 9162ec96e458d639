import { describe, expect, it } from 'vitest';
import { buildSynopsis, synopsisOrder, textHash, type Synopsis } from '@lib/engine/story/synopsis.ts';
import { accountsInPublicationOrder } from '@lib/site/timeline.ts';
import { checkViewRoutes, ordinal, storySynopsis, synopsisJson, synopsisPage, type SynopsisSource } from '@lib/site/synopsis.ts';
import type { StoryAccountInput } from '@lib/engine/story/index.ts';
import { analysed } from './synoptic-helpers.ts';
import { ANNOTATED, INDEPENDENT, NAMES, QUOTE_START, REPRINT, WIRE_FIRST, synopticStory } from './synoptic-story.ts';

const synopsisOf = (accounts: StoryAccountInput[]): { synopsis: Synopsis; source: SynopsisSource } => {
  const source = analysed(accounts);
  return { synopsis: storySynopsis(source), source };
};

const anchorsByText = (s: Synopsis) => new Map(s.rows.map((r) => [r.cells[0]!.text, r.anchor]));

const base = synopsisOf(synopticStory());
const quoteRow = () => base.synopsis.rows.find((r) => r.cells.some((c) => c.text.startsWith(QUOTE_START)))!;

describe('synopsis data (engine)', () => {
  it('has one row per passage cluster, one cell per account carrying it', () => {
    const { synopsis, source } = base;
    expect(synopsis.rows.map((r) => r.cluster)).toEqual(source.findings.clusters.map((c) => c.id));
    synopsis.rows.forEach((row, i) => expect(row.cells.map((c) => c.version).sort()).toEqual(source.findings.clusters[i]!.members.map((m) => m.version).sort()));
  });

  it('the shared quote is one row with every wording, the independent one marked against the reference', () => {
    const row = quoteRow();
    expect(row.cells.map((c) => c.version).sort()).toEqual(['annotated', 'independent', 'reprint', 'wire-first', 'wire-update']);
    const independent = row.cells.find((c) => c.version === 'independent')!;
    expect(independent.wording).toBe('reworded');
    // The diff from the reference wording rebuilds both texts: reference from ops 0/-1, this one from 0/1.
    const ref = row.cells.find((c) => c.version === row.reference)!;
    expect(independent.diff.filter(([op]) => op !== 1).map(([, t]) => t).join('').trim()).toBe(ref.text);
    expect(independent.diff.filter(([op]) => op !== -1).map(([, t]) => t).join('').trim()).toBe(independent.text);
    expect(independent.diff.some(([op, t]) => op === 1 && t.includes('again'))).toBe(true);
  });

  it('interleaved comments and page furniture never become rows, and are counted per account', () => {
    const { synopsis, source } = base;
    const texts = synopsis.rows.flatMap((r) => r.cells.map((c) => c.text));
    expect(texts.some((t) => /Comment:|SHARE THIS ARTICLE|Home \/ Europe/.test(t))).toBe(false);
    const kinds = (v: string) => source.comparisons.get(`${v}/independent`)!.a.segments.map((s) => s.kind);
    const annotated = synopsis.accounts.find((a) => a.version === 'annotated')!;
    const reprint = synopsis.accounts.find((a) => a.version === 'reprint')!;
    expect(annotated.interpolations).toBe(kinds('annotated').filter((k) => k === 'interpolation').length);
    expect(annotated.interpolations).toBe(ANNOTATED.filter((p) => p.startsWith('Comment:')).length);
    expect(reprint.boilerplate).toBe(kinds('reprint').filter((k) => k === 'boilerplate').length);
    expect(reprint.boilerplate).toBeGreaterThan(0);
  });

  it('positions: ordinal, share of the article before the passage, and band', () => {
    const { synopsis } = base;
    const cells = synopsis.rows.flatMap((r) => r.cells).filter((c) => c.version === 'wire-first').sort((a, b) => a.position.ordinal - b.position.ordinal);
    expect(cells.map((c) => c.position.ordinal)).toEqual(cells.map((_, i) => i + 1));
    expect(cells.every((c) => c.position.of === WIRE_FIRST.length)).toBe(true);
    expect(cells[0]!.position).toMatchObject({ wordsBefore: 0, share: 0, band: 'lede' });
    // Shares grow with the reading order, and the band follows them.
    for (let i = 1; i < cells.length; i++) expect(cells[i]!.position.share).toBeGreaterThan(cells[i - 1]!.position.share);
    expect(cells.at(-1)!.position.band).toBe('lower');
    expect(cells.filter((c) => c.position.band === 'upper').every((c) => c.position.share < 0.5 && c.position.wordsBefore >= 40)).toBe(true);
    // The reprint opens with furniture: its first article passage is still its lede.
    const reprintFirst = synopsis.rows.flatMap((r) => r.cells).find((c) => c.version === 'reprint' && c.position.ordinal === 1)!;
    expect(reprintFirst.text).toBe(REPRINT[1]);
    expect(reprintFirst.position.band).toBe('lede');
  });

  it('lede and half boundaries are options', () => {
    const wide = buildSynopsis(
      { ...base.source.findings, segmentKinds: () => [], compare: () => undefined },
      { ledeWords: 1000, upperShare: 1 },
    );
    expect(wide.rows.flatMap((r) => r.cells).every((c) => c.position.band === 'lede')).toBe(true);
  });

  it('every cell links to a comparison row that holds its segments beside the reference', () => {
    const { synopsis, source } = base;
    for (const row of synopsis.rows)
      for (const cell of row.cells) {
        expect(cell.link, `${row.anchor} ${cell.version}`).not.toBeNull();
        const c = source.comparisons.get(`${cell.link!.a}/${cell.link!.b}`)!;
        const r = c.rows.find((x) => x.id === cell.link!.row)!;
        const mine = cell.version === cell.link!.a ? r.a : r.b;
        expect(mine.some((i) => cell.segments.includes(i))).toBe(true);
        if (cell.version !== row.reference) {
          expect(cell.link!.a).toBe(row.reference);
          expect(cell.link!.b).toBe(cell.version);
        } else if (row.cells.length > 1) expect(cell.link!.a).toBe(row.reference);
      }
  });

  it('orders rows by one account: its passages in its order, then the rest in story order', () => {
    const { synopsis } = base;
    const { carried, absent } = synopsisOrder(synopsis, 'independent');
    expect(carried.map((r) => r.cells.find((c) => c.version === 'independent')!.text)).toEqual(INDEPENDENT);
    expect(absent.every((r) => !r.cells.some((c) => c.version === 'independent'))).toBe(true);
    expect(carried.length + absent.length).toBe(synopsis.rows.length);
    const storyOrder = synopsis.rows.map((r) => r.anchor);
    expect(absent.map((r) => r.anchor)).toEqual(storyOrder.filter((a) => absent.some((r) => r.anchor === a)));
    expect(() => synopsisOrder(synopsis, 'nobody')).toThrow(/no account nobody/);
  });
});

describe('row anchors are stable while the passage text is unchanged', () => {
  it('are a hash of the passage as its earliest account words it', () => {
    const row = quoteRow();
    expect(row.anchor).toBe(`p${textHash(row.cells.find((c) => c.version === 'wire-first')!.text).slice(0, 8)}`);
    expect(new Set(base.synopsis.rows.map((r) => r.anchor)).size).toBe(base.synopsis.rows.length);
    expect(textHash('a')).not.toBe(textHash('b'));
    expect(textHash('é')).toMatch(/^[0-9a-f]{16}$/);
  });

  it('the same content in any order: the same anchors', () => {
    const again = synopsisOf([...synopticStory()].reverse());
    expect(again.synopsis.rows.map((r) => r.anchor)).toEqual(base.synopsis.rows.map((r) => r.anchor));
  });

  it('a new later account, or another passage edited or moved: the other anchors stay', () => {
    const before = anchorsByText(base.synopsis);
    const more = synopsisOf([...synopticStory(), { id: 'late', outlet: 'weekly', published: '2025-03-09', paragraphs: [WIRE_FIRST[1]!, 'A weekly paper looked back at a night of floods on the coast.'] }]);
    // Reordered, one sentence edited inside, one sentence added after another (a new passage; that sentence's text is unchanged).
    const edited = synopticStory().map((a) =>
      a.id === 'independent'
        ? { ...a, paragraphs: [...a.paragraphs].reverse().map((p, i) => (i === 0 ? p.replace('this week', 'within days') : i === 1 ? `${p} The fishermen's union backed them.` : p)) }
        : a,
    );
    const changed = synopsisOf(edited);
    for (const s of [more.synopsis, changed.synopsis]) {
      const after = anchorsByText(s);
      for (const [text, anchor] of before) if (after.has(text)) expect(after.get(text), text).toBe(anchor);
    }
    // The edited passage's own anchor changed, and only it among the independent account's.
    const lastIndependent = INDEPENDENT.at(-1)!;
    expect(anchorsByText(changed.synopsis).has(lastIndependent)).toBe(false);
    const stayed = INDEPENDENT.slice(0, -1).filter((t) => anchorsByText(changed.synopsis).get(t) === before.get(t));
    expect(stayed).toEqual(INDEPENDENT.slice(0, -1));
  });

  it('follow the earliest account’s wording, not the most common one, which new accounts can change', () => {
    const early = { id: 'early', outlet: 'daily', published: '2025-03-01', paragraphs: INDEPENDENT };
    const wire = synopticStory().filter((a) => a.id === 'wire-first' || a.id === 'reprint');
    const quoteAnchor = (accounts: StoryAccountInput[]) => {
      const { synopsis } = synopsisOf(accounts);
      const row = synopsis.rows.find((r) => r.cells.some((c) => c.text.startsWith(QUOTE_START)))!;
      return { anchor: row.anchor, reference: row.reference };
    };
    const before = quoteAnchor([early, ...wire]);
    expect(before.reference).not.toBe('early');
    // Two later accounts with the early wording make it the most common: the reference moves, the anchor stays.
    const after = quoteAnchor([early, ...wire, { ...early, id: 'later-1', published: '2025-03-06' }, { ...early, id: 'later-2', published: '2025-03-07' }]);
    expect(after.reference).not.toBe(before.reference);
    expect(after.anchor).toBe(before.anchor);
  });

  it('two passages with the same anchor text get numbered suffixes', () => {
    const twice = 'The harbour stayed closed on Wednesday while divers inspected the damaged moorings along the quay.';
    const s = synopsisOf([
      { id: 'one', outlet: 'o', published: '2025-03-04', paragraphs: [twice, 'Officials gave no date for reopening the fish market to traders.', twice] },
      { id: 'two', outlet: 't', published: '2025-03-05', paragraphs: ['A quite different report about a football match in the capital city.'] },
    ]).synopsis;
    const anchors = s.rows.filter((r) => r.cells[0]!.text === twice).map((r) => r.anchor);
    expect(anchors.length).toBe(2);
    expect(anchors[1]).toBe(`${anchors[0]}-2`);
  });
});

describe('synopsis page (view model)', () => {
  const page = (order?: string) => synopsisPage('kestrel-floods', base.source, NAMES, order);

  it('the bare URL follows the earliest account; columns put the order account first, then publication order', () => {
    const publication = accountsInPublicationOrder(base.source);
    // Same day: the reprint (no time, no derivation the lineage states) by id; the wire's two texts by time.
    expect(publication).toEqual(['reprint', 'wire-first', 'wire-update', 'annotated', 'independent']);
    const p = page();
    expect(p.order).toBe(publication[0]);
    expect(p.columns.map((c) => c.version)).toEqual(publication);
    const q = page('annotated');
    expect(q.columns.map((c) => c.version)).toEqual(['annotated', 'reprint', 'wire-first', 'wire-update', 'independent']);
    expect(q.columns[0]!.isOrder).toBe(true);
    expect(q.orders.find((o) => o.current)!.version).toBe('annotated');
    expect(q.orders[0]!.href).toBe('/stories/kestrel-floods/synopsis/');
    expect(q.orders[1]!.href).toBe('/stories/kestrel-floods/synopsis/wire-first/');
  });

  it('sections: the order account’s passages, then those it lacks, numbered on', () => {
    const p = page('independent');
    expect(p.sections.map((s) => s.id)).toEqual(['in-order', 'not-in-order']);
    expect(p.sections[0]!.heading).toBe('In Daily’s order');
    expect(p.sections[1]!.heading).toBe('Not in Daily');
    const numbers = p.sections.flatMap((s) => s.rows.map((r) => r.number));
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    expect(p.sections[0]!.rows.every((r) => r.cells[0]!.state !== 'absent')).toBe(true);
    expect(p.sections[1]!.rows.every((r) => r.cells[0]!.state === 'absent')).toBe(true);
  });

  it('cells: state in words, marked pieces, position, links to the comparison row and the sentence', () => {
    const p = page();
    const row = p.sections.flatMap((s) => s.rows).find((r) => r.cells.some((c) => c.pieces.some((x) => x.text.startsWith(QUOTE_START))))!;
    const daily = row.cells.find((c) => c.version === 'independent')!;
    expect(daily.state).toBe('reworded');
    expect(daily.stateLabel).toBe('reworded');
    expect(daily.pieces.some((x) => x.mark === 'ins' && x.text.includes('again'))).toBe(true);
    expect(daily.pieces.some((x) => x.mark === 'del')).toBe(true);
    expect(daily.compareHref).toMatch(/^\/stories\/kestrel-floods\/compare\/[a-z-]+\/independent\/#r\d+$/);
    expect(daily.sentenceHref).toMatch(/^\/stories\/kestrel-floods\/independent\/#s2$/);
    expect(p.columns.find((c) => c.version === 'independent')!.outletHref).toBe('/outlets/daily/');
    // Its first paragraph is 30 words long: the quote starts inside the opening 40 words.
    expect(daily.position).toBe('2nd of 4 · lede');
    expect(row.carriedBy).toBe('in 5 of 5 accounts');
    const onlyDaily = p.sections.flatMap((s) => s.rows).find((r) => r.cells.filter((c) => c.state !== 'absent').length === 1 && r.cells.some((c) => c.version === 'independent' && c.state !== 'absent'))!;
    expect(onlyDaily.cells.find((c) => c.version === 'independent')!.state).toBe('only');
    const empty = onlyDaily.cells.find((c) => c.version === 'wire-first')!;
    expect(empty).toMatchObject({ state: 'absent', pieces: [], compareHref: null, sentenceHref: null, position: '—' });
  });

  it('header counts what stays out of the rows', () => {
    const p = page();
    expect(p.columns.find((c) => c.version === 'annotated')!.counts).toMatch(/^\d+ passages · 2 interleaved comments$/);
    expect(p.columns.find((c) => c.version === 'reprint')!.counts).toMatch(/^\d+ passages · \d+ lines? of page furniture$/);
    expect(p.columns.find((c) => c.version === 'independent')!.counts).toBe('4 passages');
    expect(p.columns.find((c) => c.version === 'wire-first')!.published).toBe('4 March 2025, 09:15 UTC');
    expect(p.columns.find((c) => c.version === 'independent')!.published).toBe('5 March 2025');
  });

  it('more than five accounts scroll sideways', () => {
    expect(page().wide).toBe(false);
    const six = synopsisOf([...synopticStory(), { id: 'sixth', outlet: 'x', published: '2025-03-06', paragraphs: [WIRE_FIRST[5]!] }]);
    expect(synopsisPage('s', six.source, NAMES).wide).toBe(true);
  });

  it('ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111].map(ordinal)).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '101st', '111th']);
  });

  it('the JSON: accounts with outlet, published as written and row orders; rows with cells', () => {
    const json = synopsisJson('kestrel-floods', base.source);
    expect(json).toMatchObject({ schema: 1, story: 'kestrel-floods', defaultOrder: 'reprint' });
    expect(json.accounts.find((a) => a.version === 'wire-first')).toMatchObject({ outlet: 'wire', published: '2025-03-04T09:15:00Z' });
    expect(json.rows.length).toBe(base.synopsis.rows.length);
    expect(Object.keys(json.rows[0]!.cells[0]!).sort()).toEqual(['diff', 'grades', 'link', 'position', 'segments', 'text', 'version', 'wording']);
  });
});

describe('view addresses', () => {
  it('an account id that takes the address of a view fails the build, naming the file', () => {
    expect(() => checkViewRoutes([{ id: 'floods', accounts: [{ id: 'wire' }, { id: 'daily' }] }])).not.toThrow();
    expect(() => checkViewRoutes([{ id: 'floods', accounts: [{ id: 'timeline' }, { id: 'synopsis' }] }])).toThrow(
      /Invalid content \(2 problems\):\n  content\/stories\/floods\/timeline\.md › version id: "timeline" is the address of the story's timeline \(\/stories\/floods\/timeline\/\); rename the file\n  content\/stories\/floods\/synopsis\.md › version id: "synopsis" is the address of the story's synoptic view/,
    );
  });
});
