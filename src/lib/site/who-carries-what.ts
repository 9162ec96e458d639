/**
 * View model of "who carries what" on the story page: passages (rows) × accounts (columns), in
 * four orderings/filters, and per account what only it says and what it leaves out.
 *
 * Bounded: the story page must stay small however long or many its accounts (issue 13: one
 * 200,000-word account printed every passage, 35.6 MB). Each view shows at most a number of rows
 * that keeps its cells (rows × accounts) within {@link CARRY_BOUNDS}, each passage as a bounded
 * excerpt linked to the sentence on its account page, where the whole passage is; the rest is
 * counted, with links to where it all is (the synoptic view holds every passage, the story JSON
 * every cluster). A story the size of the seeds shows everything, as before.
 */
import type { PassageCluster, RowLink, StoryFindings } from '../engine/story/types.ts';
import { sentenceUrl, type AccountPart } from './account-parts.ts';
import { excerpt, formatCount, formatNumber, possessive, accountNamer } from './format.ts';
import { accountUrl, compareUrl, storyJsonUrl, synopsisUrl } from './routes.ts';

export interface CarryBounds {
  /**
   * Most cells (rows × accounts) a view shows. 250: the seed story (38 passages × 5 accounts)
   * shows whole; a cell costs about 20 bytes gzipped, so four views stay near 20 KB of the story
   * page's 60 KB budget.
   */
  cellsPerView: number;
  /** Fewest rows a view shows, however many accounts: 6 rows still show what most of them carry. */
  minRows: number;
  /** Most rows a view shows, however few accounts: 50 is more than a screen's worth of passages to scan. */
  maxRows: number;
  /** Characters of a passage's excerpt: about 25 words, enough to recognise it (its sentence is one click away). */
  excerptChars: number;
  /** Passage ids listed per account under "only it says" / "leaves out" before "and N more". */
  idsPerList: number;
}

export const CARRY_BOUNDS: CarryBounds = { cellsPerView: 250, minRows: 6, maxRows: 50, excerptChars: 140, idsPerList: 12 };

export type CarryState = 'same' | 'reworded' | 'absent';

export interface CarryCell {
  state: CarryState;
  /** ● carried in the usual words, ◐ reworded, ○ absent (the legend explains them). */
  mark: string;
  /** "Press TV: reworded": the link's or the cell's accessible name. */
  label: string;
  /** The passage side by side with the reference wording (comparison row), where there is one. */
  href: string | null;
}

export interface CarryRow {
  id: string;
  /** The passage's reference wording, cut to `excerptChars`. */
  excerpt: string;
  /** The reference wording's first sentence on its account page (the part holding it). */
  href: string | null;
  /** Accounts carrying it, and of how many. */
  count: number;
  countLabel: string;
  cells: CarryCell[];
}

/** Where the rows a view leaves out are: counted, with links. */
export interface MoreLink {
  href: string;
  label: string;
}

export interface CarryView {
  id: string;
  label: string;
  note: string;
  rows: CarryRow[];
  /** Rows the view holds in all; `rows.length` of them are shown. */
  total: number;
  /** "Showing 8 of 3,320 passages." when some are left out, else null. */
  shownNote: string | null;
  more: MoreLink[];
}

export interface PassageRef {
  id: string;
  href: string;
  /** The passage, cut to `excerptChars`, for the link's title. */
  title: string;
}

export interface CappedList {
  items: PassageRef[];
  /** Passages not listed ("and 3,308 more"), and where they are; null when all are listed. */
  moreText: string | null;
  moreLink: MoreLink | null;
}

export interface CarryCoverage {
  version: string;
  name: string;
  /** "Carries 12 of 38 passages, plus …". */
  summary: string;
  only: CappedList;
  leftOut: CappedList;
}

export interface WhoCarriesWhatView {
  accounts: { id: string; name: string }[];
  views: CarryView[];
  coverage: CarryCoverage[];
}

/** Rows a view shows for `accounts` columns (see {@link CarryBounds}). */
export function rowsPerView(accounts: number, bounds: CarryBounds = CARRY_BOUNDS): number {
  return Math.min(bounds.maxRows, Math.max(bounds.minRows, Math.floor(bounds.cellsPerView / Math.max(1, accounts))));
}

export interface CarryInput {
  story: string;
  findings: Pick<StoryFindings, 'versions' | 'clusters' | 'coverage'>;
  names: ReadonlyMap<string, string>;
  /** Each account's page parts (`storyAccountParts`), so a sentence link lands on the part holding it. */
  parts: (version: string) => readonly AccountPart[];
}

export function whoCarriesWhat({ story, findings, names, parts }: CarryInput, bounds: CarryBounds = CARRY_BOUNDS): WhoCarriesWhatView {
  const versions = findings.versions;
  const n = versions.length;
  const name = accountNamer(names);
  const link = (l?: RowLink) => (l ? `${compareUrl(story, l.a, l.b)}#${l.row}` : null);
  const cut = (text: string) => excerpt(text, bounds.excerptChars);
  const sentenceOf = (c: PassageCluster, version = c.reference) => {
    const m = c.members.find((x) => x.version === version) ?? c.members[0]!;
    const first = m.segments[0];
    return first === undefined ? accountUrl(story, m.version) : sentenceUrl(story, m.version, first, parts(m.version));
  };
  const limit = rowsPerView(n, bounds);

  const row = (c: PassageCluster): CarryRow => {
    const ref = c.members.find((m) => m.version === c.reference) ?? c.members[0]!;
    return {
      id: c.id,
      excerpt: cut(ref.text),
      href: ref.segments.length ? sentenceOf(c) : null,
      count: c.members.length,
      countLabel: `${c.members.length} of ${n} accounts`,
      cells: versions.map((v) => {
        const m = c.members.find((x) => x.version === v.id);
        if (!m) return { state: 'absent', mark: '○', label: `${name(v.id)}: absent`, href: null };
        const reworded = m.wording === 'reworded';
        return { state: reworded ? 'reworded' : 'same', mark: reworded ? '◐' : '●', label: `${name(v.id)}: ${reworded ? 'reworded' : 'same words'}`, href: link(m.link) };
      }),
    };
  };
  const elsewhere: MoreLink[] = [
    { href: synopsisUrl(story), label: 'every passage in All accounts side by side' },
    { href: storyJsonUrl(story), label: 'the story JSON' },
  ];
  const view = (id: string, label: string, note: string, clusters: readonly PassageCluster[]): CarryView => {
    const shown = clusters.slice(0, limit);
    const cutShort = shown.length < clusters.length;
    return {
      id,
      label,
      note,
      rows: shown.map(row),
      total: clusters.length,
      shownNote: cutShort ? `Showing the first ${formatNumber(shown.length)} of ${formatCount(clusters.length, 'passage')}; the other ${formatNumber(clusters.length - shown.length)} are in` : null,
      more: cutShort ? elsewhere : [],
    };
  };

  const byFirst = findings.clusters;
  const byMost = [...byFirst].sort((a, b) => b.members.length - a.members.length || a.order - b.order);
  const all = byFirst.filter((c) => c.members.length === n);
  const one = byFirst.filter((c) => c.members.length === 1);
  const views = [
    view('carry-first', 'In order of first appearance', 'All passages, in the order they first appear (earliest account first).', byFirst),
    view('carry-most', 'Most carried first', 'All passages, those carried by the most accounts first.', byMost),
    view('carry-all', `Carried by all (${formatNumber(all.length)})`, `Passages all ${n} accounts carry.`, all),
    view('carry-one', `Only one outlet (${formatNumber(one.length)})`, 'Passages only one account carries.', one),
  ];

  // Passage ids link to their row in the first view where it is shown, else to the passage in its text.
  const inFirstView = new Set(views[0]!.rows.map((r) => r.id));
  const clusterById = new Map(byFirst.map((c) => [c.id, c]));
  const list = (ids: readonly string[], version: string | undefined, moreLink: MoreLink): CappedList => {
    const items = ids.slice(0, bounds.idsPerList).map((id) => {
      const c = clusterById.get(id)!;
      return { id, href: inFirstView.has(id) ? `#passage-${id}` : sentenceOf(c, version), title: cut(c.members[0]!.text) };
    });
    const more = ids.length - items.length;
    return { items, moreText: more > 0 ? `and ${formatNumber(more)} more` : null, moreLink: more > 0 ? moreLink : null };
  };
  const coverage = findings.coverage.map((cov) => ({
    version: cov.version,
    name: name(cov.version),
    summary: `Carries ${formatNumber(cov.carried)} of ${formatCount(byFirst.length, 'passage')}${cov.interpolations ? `, plus ${formatCount(cov.interpolations, 'interleaved third-party paragraph')} (not counted)` : ''}.`,
    // What only it says is its unshaded text on its account page; what it lacks, the synopsis in its order lists last.
    only: list(cov.only, cov.version, { href: accountUrl(story, cov.version), label: 'its account page, unshaded' }),
    leftOut: list(cov.leftOut, undefined, { href: synopsisUrl(story, cov.version), label: `All accounts side by side, in ${possessive(name(cov.version))} order, after its own passages` }),
  }));

  return { accounts: versions.map((v) => ({ id: v.id, name: name(v.id) })), views, coverage };
}
