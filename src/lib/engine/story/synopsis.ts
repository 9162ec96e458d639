/**
 * The synoptic view's data: every passage cluster as a row, every account as a column, each cell
 * that account's wording against the row's reference wording, where the passage stands in the
 * account, and the comparison row that shows the cell beside the reference. Pure data: the site
 * words and renders it.
 *
 * Consumes the story analysis only through its public shape (`PassageCluster`, `VersionSummary`,
 * the similarity matrix) and the engine's comparisons, so it holds whatever clustering the
 * analysis settles on.
 *
 * Row anchors. A row's anchor is `p` + a hash of the passage's text as the story's earliest
 * account carrying it words it (canonical order: published, then id). It is stable across rebuilds
 * for as long as that text is unchanged: adding or removing other accounts, editing or reordering
 * other passages, or re-clustering that keeps this member leave it alone, where a running number
 * (`p3`) would shift with every passage added above it. Two rows with the same anchor text (a
 * passage repeated word for word, or a hash collision) take `-2`, `-3`, … in story order.
 */
import type { Comparison, RowJson, SegmentKind } from '../types.ts';
import { countWords } from '../index.ts';
import type { ClusterMember, PassageCluster, RowLink, VersionSummary } from './types.ts';

/** Where a passage stands in an account: its opening, the upper half, or the lower half. */
export type PositionBand = 'lede' | 'upper' | 'lower';

export interface SynopsisOptions {
  /**
   * A passage that starts within this many article words of the account's start is part of its
   * lede. Default 40: news style guides keep a lede to one sentence of about 25–35 words, so the
   * opening a reader sees first ends about here, whatever the article's length.
   */
  ledeWords?: number;
  /**
   * Passages starting before this share of the article words are in its upper part, the rest in
   * its lower part. Default 0.5: halves, the coarsest split that still tells what an outlet put up
   * front from what it buried (inverted-pyramid writing orders by importance).
   */
  upperShare?: number;
}

export const SYNOPSIS_DEFAULTS: Required<SynopsisOptions> = { ledeWords: 40, upperShare: 0.5 };

export interface CellPosition {
  /** 1-based rank of the passage among the passages this account carries, in its reading order. */
  ordinal: number;
  /** How many passages the account carries. */
  of: number;
  /** Article words of the account before the passage. */
  wordsBefore: number;
  /** `wordsBefore` over the account's article words (0–1, 4 decimals). */
  share: number;
  band: PositionBand;
}

/** A cluster member (its segments, text, wording and diff from the reference wording), placed and linked. */
export interface SynopsisCell extends Pick<ClusterMember, 'version' | 'segments' | 'text' | 'wording' | 'diff' | 'grades'> {
  position: CellPosition;
  /**
   * The comparison row that shows this wording beside the reference (`a` = the reference's
   * account, `b` = this one); for the reference, beside the next account carrying it; for a
   * passage one account alone carries, its row beside the account most similar to it.
   */
  link: RowLink | null;
}

export interface SynopsisRow {
  /** Stable anchor (see the module comment), e.g. `p3f9a20c1`. */
  anchor: string;
  /** The cluster's id in the story analysis (`p17`), which is not stable across rebuilds. */
  cluster: string;
  /** Version carrying the reference wording. */
  reference: string;
  /** One cell per account carrying the passage, in canonical account order. */
  cells: SynopsisCell[];
}

export interface SynopsisAccount {
  version: string;
  /** Passages carried. */
  passages: number;
  /** Article words (the sum over its passages). */
  articleWords: number;
  /** Segments of page furniture and of interleaved third-party text: out of the rows, counted here. */
  boilerplate: number;
  interpolations: number;
  /** Anchors of the passages this account carries, in its reading order. */
  order: string[];
  /** Anchors of the passages it lacks, in the story's reading order. */
  absent: string[];
}

export interface Synopsis {
  /** Accounts in canonical order; the first is the default order of the rows. */
  accounts: SynopsisAccount[];
  /** Rows in the story's reading order (the clusters' order). */
  rows: SynopsisRow[];
}

export interface SynopsisInput {
  versions: readonly VersionSummary[];
  clusters: readonly PassageCluster[];
  /** Symmetric similarity of every pair (the story analysis' matrix). */
  similarity: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** Each account's segment kinds (any comparison's side, or the engine's segmentation). */
  segmentKinds: (version: string) => readonly SegmentKind[];
  /** The comparison with `a` as A and `b` as B (either order), or undefined when there is none. */
  compare: (a: string, b: string) => Comparison | undefined;
}

/** 64-bit FNV-1a over the text's UTF-8 bytes, as 16 hex digits: small, fast, deterministic everywhere. */
export function textHash(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) h = BigInt.asUintN(64, (h ^ BigInt(byte)) * 0x100000001b3n);
  return h.toString(16).padStart(16, '0');
}

/** Hex digits of the hash in an anchor: 32 bits, so a story's few hundred passages collide about never. */
const ANCHOR_HEX = 8;

export function buildSynopsis(input: SynopsisInput, options: SynopsisOptions = {}): Synopsis {
  const opts = { ...SYNOPSIS_DEFAULTS, ...options };
  const rank = new Map(input.versions.map((v, i) => [v.id, i]));
  const inCanonicalOrder = (c: PassageCluster) => [...c.members].sort((x, y) => rank.get(x.version)! - rank.get(y.version)!);

  const used = new Map<string, number>();
  const anchors = input.clusters.map((c) => {
    const base = `p${textHash(inCanonicalOrder(c)[0]!.text).slice(0, ANCHOR_HEX)}`;
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });

  // Each account's passages in its reading order, by the first segment each holds.
  const readings = new Map<string, { row: number; first: number; words: number }[]>(input.versions.map((v) => [v.id, []]));
  input.clusters.forEach((c, row) => {
    for (const m of c.members) readings.get(m.version)?.push({ row, first: Math.min(...m.segments), words: countWords(m.text) });
  });
  const positions = new Map<string, CellPosition>();
  for (const [version, list] of readings) {
    list.sort((x, y) => x.first - y.first || x.row - y.row);
    const total = list.reduce((n, p) => n + p.words, 0);
    let before = 0;
    list.forEach((p, i) => {
      const share = total ? before / total : 0;
      const band: PositionBand = before < opts.ledeWords || i === 0 ? 'lede' : share < opts.upperShare ? 'upper' : 'lower';
      positions.set(`${version}\u0000${p.row}`, { ordinal: i + 1, of: list.length, wordsBefore: before, share: round(share), band });
      before += p.words;
    });
  }

  const rows: SynopsisRow[] = input.clusters.map((c, row) => {
    const members = inCanonicalOrder(c);
    const ref = members.find((m) => m.version === c.reference) ?? members[0]!;
    return {
      anchor: anchors[row]!,
      cluster: c.id,
      reference: ref.version,
      cells: members.map((m) => ({
        version: m.version,
        segments: [...m.segments],
        text: m.text,
        wording: m.wording,
        diff: m.diff,
        grades: m.grades,
        position: positions.get(`${m.version}\u0000${row}`)!,
        link: cellLink(m, ref, members, input),
      })),
    };
  });

  const accounts = input.versions.map((v): SynopsisAccount => {
    const list = readings.get(v.id)!;
    const carried = new Set(list.map((p) => p.row));
    const kinds = input.segmentKinds(v.id);
    return {
      version: v.id,
      passages: list.length,
      articleWords: list.reduce((n, p) => n + p.words, 0),
      boilerplate: kinds.filter((k) => k === 'boilerplate').length,
      interpolations: kinds.filter((k) => k === 'interpolation').length,
      order: list.map((p) => anchors[p.row]!),
      absent: anchors.filter((_, row) => !carried.has(row)),
    };
  });
  return { accounts, rows };
}

/** The row order for the rows ordered by one account: its passages in its order, then the rest in story order. */
export function synopsisOrder(synopsis: Synopsis, version: string): { carried: SynopsisRow[]; absent: SynopsisRow[] } {
  const account = synopsis.accounts.find((a) => a.version === version);
  if (!account) throw new Error(`synopsis has no account ${version}`);
  const byAnchor = new Map(synopsis.rows.map((r) => [r.anchor, r]));
  return { carried: account.order.map((a) => byAnchor.get(a)!), absent: account.absent.map((a) => byAnchor.get(a)!) };
}

function cellLink(m: ClusterMember, ref: ClusterMember, members: readonly ClusterMember[], input: SynopsisInput): RowLink | null {
  if (m.version !== ref.version) return rowLink(input, ref, m);
  const next = members.find((x) => x.version !== ref.version);
  if (next) return rowLink(input, ref, next);
  // One account alone carries it: its row beside the account most similar to it (ties: canonical order).
  const sims = input.similarity[m.version] ?? {};
  const closest = input.versions
    .filter((v) => v.id !== m.version)
    .reduce<{ id: string; s: number } | null>((best, v) => ((sims[v.id] ?? 0) > (best?.s ?? -1) ? { id: v.id, s: sims[v.id] ?? 0 } : best), null);
  return closest ? rowLink(input, m, { version: closest.id, segments: [] }) : null;
}

/** The first row of the comparison x→y holding one of x's segments and (when given) one of y's. */
function rowLink(input: SynopsisInput, x: Pick<ClusterMember, 'version' | 'segments'>, y: Pick<ClusterMember, 'version' | 'segments'>): RowLink | null {
  const c = input.compare(x.version, y.version);
  if (!c) return null;
  const xs = new Set(x.segments);
  const ys = new Set(y.segments);
  const hasX = (r: RowJson) => r.a.some((i) => xs.has(i));
  const row = c.rows.find((r) => hasX(r) && r.b.some((i) => ys.has(i))) ?? c.rows.find(hasX);
  return row ? { a: x.version, b: y.version, row: row.id } : null;
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;
