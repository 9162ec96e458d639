import { describe, expect, it } from 'vitest';
import type { AccountCoverage, PassageCluster, VersionSummary } from '@lib/engine/story/types.ts';
import type { AccountPart } from '@lib/site/account-parts.ts';
import { accountUrl, compareUrl, synopsisUrl } from '@lib/site/routes.ts';
import { CARRY_BOUNDS, rowsPerView, whoCarriesWhat } from '@lib/site/who-carries-what.ts';

const ONE_PART: readonly AccountPart[] = [{ number: 1, first: 0, end: Number.MAX_SAFE_INTEGER, continuesParagraph: false }];

/**
 * A story of `accounts` accounts and `passages` passages: passage i is carried by the first
 * (i mod accounts) + 1 accounts, account 0 with the reference wording at segment i, the others
 * reworded where i is odd. `words` words a passage.
 */
function story(accounts: number, passages: number, words = 8) {
  const versions: VersionSummary[] = Array.from({ length: accounts }, (_, v) => ({ id: `v${v}`, outlet: `o${v}`, published: '2024-01-01', words: passages * words, articleWords: passages * words }));
  const clusters: PassageCluster[] = Array.from({ length: passages }, (_, i) => ({
    id: `p${i + 1}`,
    order: i,
    reference: 'v0',
    members: versions.slice(0, (i % accounts) + 1).map((v, k) => ({
      version: v.id,
      segments: [i],
      text: `Passage ${i + 1} ${'word '.repeat(words).trim()}`,
      wording: k === 0 ? 'reference' : i % 2 ? 'reworded' : 'same',
      diff: [],
      grades: [],
      ...(k > 0 ? { link: { a: 'v0', b: v.id, row: `r${i + 1}` } } : { link: { a: 'v0', b: 'v1', row: `r${i + 1}` } }),
    })),
  }));
  const coverage: AccountCoverage[] = versions.map((v, k) => ({
    version: v.id,
    only: k === 0 ? clusters.filter((c) => c.members.length === 1).map((c) => c.id) : [],
    leftOut: k === accounts - 1 ? clusters.filter((c) => c.members.length >= 2 && !c.members.some((m) => m.version === v.id)).map((c) => c.id) : [],
    carried: clusters.filter((c) => c.members.some((m) => m.version === v.id)).length,
    interpolations: 0,
  }));
  return { versions, clusters, coverage };
}

const names = new Map<string, string>();

describe('who carries what (view model)', () => {
  it('a story the size of the seeds (38 passages, 5 accounts) shows every passage in every view', () => {
    const findings = story(5, 38);
    const view = whoCarriesWhat({ story: 's', findings, names, parts: () => ONE_PART });
    expect(view.views.map((v) => [v.id, v.rows.length, v.total, v.shownNote])).toEqual([
      ['carry-first', 38, 38, null],
      ['carry-most', 38, 38, null],
      ['carry-all', 7, 7, null],
      ['carry-one', 8, 8, null],
    ]);
    // Most carried first: by the number of accounts, then in order of first appearance.
    expect(view.views[1]!.rows.slice(0, 3).map((r) => r.id)).toEqual(['p5', 'p10', 'p15']);
    const row = view.views[0]!.rows[1]!;
    expect(row.cells.map((c) => [c.mark, c.label])).toEqual([['●', 'v0: same words'], ['◐', 'v1: reworded'], ['○', 'v2: absent'], ['○', 'v3: absent'], ['○', 'v4: absent']]);
    expect(row.cells[1]!.href).toBe(`${compareUrl('s', 'v0', 'v1')}#r2`);
    expect(row.href).toBe(`${accountUrl('s', 'v0')}#s2`);
    expect(row.countLabel).toBe('2 of 5 accounts');
  });

  it('bounds each view: rows × accounts within the cell budget, with a count of the rest and where it is', () => {
    for (const [accounts, passages] of [[2, 3_331], [5, 400], [30, 240], [40, 600], [200, 600]] as const) {
      const view = whoCarriesWhat({ story: 's', findings: story(accounts, passages), names, parts: () => ONE_PART });
      const limit = rowsPerView(accounts);
      expect(limit).toBeGreaterThanOrEqual(CARRY_BOUNDS.minRows);
      expect(limit).toBeLessThanOrEqual(CARRY_BOUNDS.maxRows);
      expect(limit * accounts).toBeLessThanOrEqual(Math.max(CARRY_BOUNDS.cellsPerView, CARRY_BOUNDS.minRows * accounts));
      for (const v of view.views) {
        expect(v.rows.length, `${accounts} accounts, ${v.id}`).toBe(Math.min(limit, v.total));
        if (v.rows.length < v.total) {
          expect(v.shownNote).toContain(`of ${v.total.toLocaleString('en-GB')} passages`);
          expect(v.more.map((m) => m.href)).toEqual([synopsisUrl('s'), '/api/stories/s.json']);
        } else expect(v.shownNote).toBeNull();
      }
    }
  });

  it('cuts each passage to a bounded excerpt, however long the passage', () => {
    const findings = story(2, 4, 20_000);
    const view = whoCarriesWhat({ story: 's', findings, names, parts: () => ONE_PART });
    for (const r of view.views[0]!.rows) {
      expect(r.excerpt.length).toBeLessThanOrEqual(CARRY_BOUNDS.excerptChars + 1);
      expect(r.excerpt.endsWith('…')).toBe(true);
    }
  });

  it('lists at most a dozen passage ids per account, the rest counted with a link to where they are', () => {
    const findings = story(3, 600);
    const view = whoCarriesWhat({ story: 's', findings, names, parts: () => ONE_PART });
    const first = view.coverage[0]!;
    expect(first.only.items).toHaveLength(CARRY_BOUNDS.idsPerList);
    expect(first.only.moreText).toBe(`and ${findings.coverage[0]!.only.length - CARRY_BOUNDS.idsPerList} more`);
    expect(first.only.moreLink?.href).toBe(accountUrl('s', 'v0'));
    const last = view.coverage[2]!;
    expect(last.leftOut.moreLink?.href).toBe(synopsisUrl('s', 'v2'));
    // An id links to its row where the first view shows it, else to the passage in the account's text.
    const shown = new Set(view.views[0]!.rows.map((r) => r.id));
    for (const item of [...first.only.items, ...last.leftOut.items]) expect(item.href).toBe(shown.has(item.id) ? `#passage-${item.id}` : expect.stringMatching(/^\/stories\/s\/v\d\/#s\d+$/));
    expect(view.coverage[1]!.only).toEqual({ items: [], moreText: null, moreLink: null });
  });

  it('links a passage to the part of a long account that holds its sentence', () => {
    const findings = story(30, 300); // 8 rows a view: most of v0's own passages are not in the table
    const parts: AccountPart[] = [
      { number: 1, first: 0, end: 100, continuesParagraph: false },
      { number: 2, first: 100, end: 200, continuesParagraph: false },
      { number: 3, first: 200, end: 300, continuesParagraph: false },
    ];
    const view = whoCarriesWhat({ story: 's', findings, names, parts: () => parts });
    const hrefs = Object.fromEntries(view.views[0]!.rows.map((r) => [r.id, r.href]));
    expect(hrefs.p1).toBe(`${accountUrl('s', 'v0')}#s1`);
    const items = view.coverage[0]!.only.items.filter((i) => !i.href.startsWith('#'));
    expect(new Set(items.map((i) => /part\/(\d)\//.exec(i.href)?.[1] ?? '1'))).toEqual(new Set(['1', '2', '3']));
    for (const item of items) {
      const index = Number(/#s(\d+)$/.exec(item.href)![1]) - 1;
      const part = parts.find((p) => index >= p.first && index < p.end)!;
      expect(item.href.startsWith(part.number === 1 ? accountUrl('s', 'v0') : `${accountUrl('s', 'v0')}part/${part.number}/`)).toBe(true);
    }
  });
});
