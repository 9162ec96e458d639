/**
 * View model of the synoptic view (`/stories/<story>/synopsis/[<version>/]`): one row per passage,
 * one column per account, the rows in the reading order of the account the reader chose. Pure
 * functions over the engine's synopsis data (`engine/story/synopsis.ts`); no Astro, no HTML.
 */
import { countWords, type Comparison, type SegmentKind } from '../engine/index.ts';
import { buildSynopsis, synopsisOrder, type PositionBand, type Synopsis, type SynopsisCell, type SynopsisRow } from '../engine/story/synopsis.ts';
import type { StoryAnalysis } from './analysis.ts';
import type { Story } from './stories.ts';
import { sidePieces, type Piece } from './compare.ts';
import { formatCount, formatPublished, possessive, accountNamer } from './format.ts';
import { accountUrl, compareUrl, outletUrl, synopsisUrl } from './routes.ts';
import { accountsInPublicationOrder } from './timeline.ts';
import type { WordedFindings } from './lineage.ts';
import { pairKey } from './story-analysis.ts';
import { accountSegments, partsOfAccount, sentenceUrl, storyAccountParts, type AccountPart } from './account-parts.ts';

/** What the synopsis needs of a story's analysis (see `analysis.ts`). */
export interface SynopsisSource {
  findings: Pick<WordedFindings, 'versions' | 'clusters' | 'similarity' | 'lineage'>;
  comparisons: ReadonlyMap<string, Comparison>;
  /** Each account's paragraphs, for the segmentation of an account that has no comparison (a one-account story). */
  paragraphs: ReadonlyMap<string, readonly string[]>;
  /** Each account's `published` as written (with its time, where known). */
  published: ReadonlyMap<string, string>;
  /**
   * Each account's page parts (`account-parts.ts`), so a sentence link lands on the part holding
   * it; without it, the parts of its paragraphs in the default language.
   */
  parts?: (version: string) => readonly AccountPart[];
}

/** Path segments the all-accounts views take under `/stories/<story>/`, where account pages live too. */
const VIEW_SEGMENTS = ['synopsis', 'timeline'] as const;

/**
 * Fails the build, naming the file, when an account's id would put its page at the URL of the
 * synoptic view or the timeline (`/stories/<story>/synopsis/`): one of the two pages would be lost.
 */
export function checkViewRoutes(stories: readonly { id: string; accounts: readonly { id: string }[] }[]): void {
  const clashes = stories.flatMap((s) => s.accounts.filter((a) => (VIEW_SEGMENTS as readonly string[]).includes(a.id)).map((a) => `  content/stories/${s.id}/${a.id}.md › version id: "${a.id}" is the address of the story's ${a.id === 'synopsis' ? 'synoptic view' : 'timeline'} (/stories/${s.id}/${a.id}/); rename the file`));
  if (clashes.length) throw new Error(`Invalid content (${clashes.length} problem${clashes.length === 1 ? '' : 's'}):\n${clashes.join('\n')}`);
}

/** A story's analysis as the synopsis and the timeline read it. */
export const storySource = (story: Pick<Story, 'accounts'>, analysis: Pick<StoryAnalysis, 'findings' | 'comparisons'>): SynopsisSource => ({
  findings: analysis.findings,
  comparisons: analysis.comparisons,
  paragraphs: new Map(story.accounts.map((a) => [a.id, a.paragraphs])),
  published: new Map(story.accounts.map((a) => [a.id, a.data.published])),
  parts: storyAccountParts(story.accounts),
});

/** Segment kinds of an account: from a comparison where it is A, or the engine's segmentation. */
function segmentKinds(source: SynopsisSource, version: string): SegmentKind[] {
  return accountSegments(source, version).map((s) => s.kind);
}

const cache = new WeakMap<object, Synopsis>();

/** The story's synopsis data (computed once per analysis). */
export function storySynopsis(source: SynopsisSource): Synopsis {
  let synopsis = cache.get(source.findings);
  if (!synopsis) {
    synopsis = buildSynopsis({
      versions: source.findings.versions,
      clusters: source.findings.clusters,
      similarity: source.findings.similarity,
      segmentKinds: (v) => segmentKinds(source, v),
      compare: (a, b) => source.comparisons.get(pairKey(a, b)),
    });
    cache.set(source.findings, synopsis);
  }
  return synopsis;
}

/**
 * `only`: the one account carrying the passage (no other wording to mark it against). `retold`: a
 * reworded cell that keeps too few of the reference's words for marks to help (see below).
 */
export type CellState = 'reference' | 'same' | 'reworded' | 'retold' | 'only' | 'absent';

/**
 * The engine pairs a passage told in other words with the reference (its retelling passes). Marked
 * against the reference, such a cell strikes through nearly every word and underlines nearly every
 * other: a wall of marks in which neither wording can be read. When fewer than half of the cell's
 * own words are the reference's, the marks no longer tell the reader where the two differ (they
 * differ nearly everywhere), so the cell shows its wording plain, says so in words, and links to
 * the comparison row, where every difference stays marked beside the reference.
 */
export const RETOLD_BELOW_SHARED_WORDS = 0.5;

/** The share of a cell's own words (kept and inserted) that it keeps from the reference wording. */
export function sharedWordShare(diff: readonly [number, string][]): number {
  let kept = 0;
  let own = 0;
  for (const [op, text] of diff) {
    if (op === -1) continue;
    const words = countWords(text);
    own += words;
    if (op === 0) kept += words;
  }
  return own ? kept / own : 1;
}

export interface SynopsisColumn {
  version: string;
  name: string;
  published: string;
  accountHref: string;
  /** The outlet's profile. */
  outletHref: string;
  /** "14 passages · 3 lines of page furniture · 4 interleaved comments": what the account holds, rows and apart. */
  counts: string;
  /** The rows follow this account. */
  isOrder: boolean;
}

export interface SynopsisCellView {
  version: string;
  /** The account's name (the cell's label on phones, where columns become cards). */
  name: string;
  state: CellState;
  /** The state in words (never colour alone): "reference wording", "same wording", "reworded". */
  stateLabel: string;
  /** The wording, differences from the reference marked (empty when absent). */
  pieces: Piece[];
  /** Where the passage stands in the account: "2nd of 14 · lede". */
  position: string;
  band: PositionBand | null;
  /** The comparison row showing this wording beside the reference. */
  compareHref: string | null;
  /** The passage's first sentence on the account page. */
  sentenceHref: string | null;
}

export interface SynopsisRowView {
  anchor: string;
  /** Position in this order (1-based), shown as the row's number. */
  number: number;
  /** "in 3 of 5 accounts". */
  carriedBy: string;
  cells: SynopsisCellView[];
}

export interface SynopsisSection {
  id: string;
  heading: string;
  rows: SynopsisRowView[];
}

export interface SynopsisOrderLink {
  version: string;
  name: string;
  href: string;
  current: boolean;
}

export interface SynopsisPage {
  order: string;
  orderName: string;
  columns: SynopsisColumn[];
  /** The order account's passages, then the passages it lacks. */
  sections: SynopsisSection[];
  orders: SynopsisOrderLink[];
  /** More columns than fit 1280 px: the table scrolls sideways in its own marked box. */
  wide: boolean;
  passages: number;
}

/** Columns that fit a 1280 px screen beside the passage column (the figure). */
const MAX_FITTING_COLUMNS = 5;

const BAND_LABELS: Record<PositionBand, string> = { lede: 'lede', upper: 'upper half', lower: 'lower half' };
const STATE_LABELS: Record<Exclude<CellState, 'absent'>, string> = { reference: 'reference wording', same: 'same wording', reworded: 'reworded', retold: 'retold in other words', only: 'only this account' };

/** English ordinal: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st. */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

function cellView(story: string, source: SynopsisSource, cell: SynopsisCell | undefined, alone: boolean, version: string, name: string): SynopsisCellView {
  if (!cell) return { version, name, state: 'absent', stateLabel: 'not in this account', pieces: [], position: '—', band: null, compareHref: null, sentenceHref: null };
  const retold = cell.wording === 'reworded' && sharedWordShare(cell.diff) < RETOLD_BELOW_SHARED_WORDS;
  const state: CellState = alone ? 'only' : retold ? 'retold' : cell.wording;
  const pieces = cell.diff.length && !retold ? sidePieces(cell.diff, cell.grades, 'both') : [{ text: cell.text, mark: null }];
  const p = cell.position;
  return {
    version,
    name,
    state,
    stateLabel: STATE_LABELS[state],
    pieces,
    position: `${ordinal(p.ordinal)} of ${p.of} · ${BAND_LABELS[p.band]}`,
    band: p.band,
    compareHref: cell.link ? `${compareUrl(story, cell.link.a, cell.link.b)}#${cell.link.row}` : null,
    // On the part of the account page that holds the sentence (a long account is split: account-parts.ts).
    sentenceHref: cell.segments.length ? sentenceUrl(story, version, cell.segments[0]!, source.parts?.(version) ?? partsOfAccount({ paragraphs: source.paragraphs.get(version) ?? [] })) : null,
  };
}

/**
 * The page for the rows in `order`'s reading order (default: the earliest account's): columns are
 * that account, then the others in publication order.
 */
export function synopsisPage(story: string, source: SynopsisSource, names: ReadonlyMap<string, string>, order?: string): SynopsisPage {
  const synopsis = storySynopsis(source);
  const publicationOrderIds = accountsInPublicationOrder(source);
  order ??= publicationOrderIds[0]!;
  const published = source.published;
  const name = accountNamer(names);
  const columnIds = [order, ...publicationOrderIds.filter((id) => id !== order)];
  const account = new Map(synopsis.accounts.map((a) => [a.version, a]));
  const outletOf = new Map(source.findings.versions.map((v) => [v.id, v.outlet]));
  const columns = columnIds.map((version): SynopsisColumn => {
    const a = account.get(version)!;
    const counts = [formatCount(a.passages, 'passage')];
    if (a.boilerplate) counts.push(`${formatCount(a.boilerplate, 'line')} of page furniture`);
    if (a.interpolations) counts.push(formatCount(a.interpolations, 'interleaved comment'));
    return { version, name: name(version), published: formatPublished(published.get(version)!), accountHref: accountUrl(story, version), outletHref: outletUrl(outletOf.get(version)!), counts: counts.join(' · '), isOrder: version === order };
  });
  const total = synopsis.accounts.length;
  const rowView = (row: SynopsisRow, number: number): SynopsisRowView => {
    const cells = new Map(row.cells.map((c) => [c.version, c]));
    return {
      anchor: row.anchor,
      number,
      carriedBy: `in ${row.cells.length} of ${total} account${total === 1 ? '' : 's'}`,
      cells: columnIds.map((v) => cellView(story, source, cells.get(v), row.cells.length === 1, v, name(v))),
    };
  };
  const { carried, absent } = synopsisOrder(synopsis, order);
  const sections: SynopsisSection[] = [{ id: 'in-order', heading: `In ${possessive(name(order))} order`, rows: carried.map((r, i) => rowView(r, i + 1)) }];
  if (absent.length) sections.push({ id: 'not-in-order', heading: `Not in ${name(order)}`, rows: absent.map((r, i) => rowView(r, carried.length + i + 1)) });
  return {
    order,
    orderName: name(order),
    columns,
    sections,
    orders: publicationOrderIds.map((v, i) => ({ version: v, name: name(v), href: synopsisUrl(story, i === 0 ? undefined : v), current: v === order })),
    wide: columns.length > MAX_FITTING_COLUMNS,
    passages: synopsis.rows.length,
  };
}

/**
 * The synopsis JSON (`/api/stories/<story>/synopsis.json`, schema 1): the accounts (with their
 * row orders and set-apart counts) and every row with its cells, in the story's reading order.
 */
export function synopsisJson(story: string, source: SynopsisSource) {
  const synopsis = storySynopsis(source);
  const outlet = new Map(source.findings.versions.map((v) => [v.id, v.outlet]));
  const publication = accountsInPublicationOrder(source);
  return {
    schema: 1 as const,
    story,
    defaultOrder: publication[0] ?? null,
    accounts: synopsis.accounts.map((a) => ({ outlet: outlet.get(a.version)!, published: source.published.get(a.version)!, ...a })),
    rows: synopsis.rows,
  };
}
