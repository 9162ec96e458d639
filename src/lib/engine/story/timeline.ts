/**
 * The story timeline's data: the accounts in publication order, each account's relations to the
 * accounts before it (from the copy lineage, with its evidence), and, for revision chains, what each
 * revision changed. Pure data: the site words and renders it.
 *
 * Publication order. `published` is a date (`YYYY-MM-DD`) or a UTC time (`YYYY-MM-DDTHH:MM[:SS]Z`).
 * Accounts sort by day; within a day, a time-stamped account precedes a later time-stamped one, and
 * otherwise the lineage decides: a source precedes what derives from it, an earlier revision the
 * later one (evidence that one text was made from another is evidence it came first). Where
 * neither says, the version id decides, so the order is total and never depends on input order.
 * Across days the dates decide, even against the lineage: a capture dated later is shown later.
 */
import type { Comparison, DiffGrade, DiffTuple, RowJson } from '../types.ts';
import { countWords } from '../index.ts';
import type { LineageEdge, VersionSummary } from './types.ts';
import { cmp } from './text.ts';

/** This account's part in a lineage edge with an earlier account. */
export type TimelineRole =
  /** Its text is a copy of the other's. */
  | 'copies'
  /** The other's text is a copy of its own (the dates put the copy first). */
  | 'copied-by'
  /** Its text is a later revision of the text the other carries. */
  | 'revises'
  /** It carries an earlier revision of the other's text (the dates put the later revision first). */
  | 'revised-by'
  /** The two share wording (quotations, wire copy) with no direction. */
  | 'shares';

/** `E`: the lineage edge type the caller passes in (the site's edges carry their wording too). */
export interface TimelineRelation<E extends LineageEdge = LineageEdge> {
  /** The earlier account. */
  other: string;
  role: TimelineRole;
  /** The lineage edge, as the story analysis states it (kind, confidence, reasons, signals). */
  edge: E;
  /** Share of this account's article words found in the other (0–1). */
  share: number;
  /**
   * For copies: this account reproduces only the opening of its source (nothing of the source's
   * text before the shared stretch, and at least `openingRest` of it after).
   */
  opening: boolean;
}

export interface TimelineEntry<E extends LineageEdge = LineageEdge> {
  version: string;
  /** The outlet's id (its profile is the site's). */
  outlet: string;
  published: string;
  /** 0-based position in the timeline. */
  position: number;
  /** Relations to earlier accounts, strongest first (derivations, then shared wording by confidence). */
  relations: TimelineRelation<E>[];
}

/** One sentence-level change between two revisions (a row of their comparison, earlier as A). */
export interface RevisionChange {
  /** Row id in the comparison earlier → later. */
  row: string;
  /** The earlier text (empty for an addition). */
  before: string;
  /** The later text (empty for a drop). */
  after: string;
  /** Word diff before → after (reworded changes only; empty otherwise). */
  diff: DiffTuple[];
  grades: DiffGrade[];
}

export interface RevisionStep<E extends LineageEdge = LineageEdge> {
  earlier: string;
  later: string;
  edge: E;
  added: RevisionChange[];
  dropped: RevisionChange[];
  /** Reworded in place, or moved and reworded. */
  reworded: RevisionChange[];
  /** Moved without a change of words. */
  moved: RevisionChange[];
  /** Rows kept word for word. */
  unchanged: number;
  /** Segments of page furniture and interleaved text in either revision: not changes of the article, counted apart. */
  setApart: { earlier: number; later: number };
}

export interface Timeline<E extends LineageEdge = LineageEdge> {
  entries: TimelineEntry<E>[];
  /** Revision chains (accounts joined by revision edges), each as its steps in timeline order. */
  chains: RevisionStep<E>[][];
}

export interface TimelineOptions {
  /**
   * A copy is of its source's opening when at least this share of the source's article words
   * follows the shared stretch (and none precedes it). Default 0.2: reprints cut a report's tail
   * (inverted-pyramid writing puts the least important last); a shortfall under a fifth is
   * trimming, not an excerpt.
   */
  openingRest?: number;
}

export const TIMELINE_DEFAULTS: Required<TimelineOptions> = { openingRest: 0.2 };

export interface TimelineInput<E extends LineageEdge = LineageEdge> {
  versions: readonly VersionSummary[];
  lineage: readonly E[];
  /** The comparison with `a` as A and `b` as B, or undefined when there is none. */
  compare: (a: string, b: string) => Comparison | undefined;
}

/** The day of a `published` value (its date part). */
export const publishedDay = (published: string) => published.slice(0, 10);
const hasTime = (published: string) => published.length > 10;

/** Source → derived pairs the lineage states with a direction (revisions: earlier → later). */
export function derivations(lineage: readonly LineageEdge[]): [string, string][] {
  return lineage.flatMap((e): [string, string][] => {
    if (e.kind === 'revision') {
      const earlier = e.earlier ?? e.from;
      return [[earlier, earlier === e.from ? e.to : e.from]];
    }
    return e.kind === 'copy' && e.directed ? [[e.from, e.to]] : [];
  });
}

/** The versions in publication order (see the module comment). */
export function publicationOrder(versions: readonly Pick<VersionSummary, 'id' | 'published'>[], lineage: readonly LineageEdge[]): string[] {
  const byDay = new Map<string, Pick<VersionSummary, 'id' | 'published'>[]>();
  for (const v of versions) {
    const day = publishedDay(v.published);
    byDay.set(day, [...(byDay.get(day) ?? []), v]);
  }
  const edges = derivations(lineage);
  return [...byDay.keys()].sort(cmp).flatMap((day) => {
    const list = byDay.get(day)!;
    const published = new Map(list.map((v) => [v.id, v.published]));
    const before = new Map(list.map((v) => [v.id, new Set<string>()]));
    for (const a of list)
      for (const b of list) if (hasTime(a.published) && hasTime(b.published) && a.published < b.published) before.get(b.id)!.add(a.id);
    for (const [src, derived] of edges) {
      const [s, d] = [published.get(src), published.get(derived)];
      // Stated times outrank the lineage; a derivation against them is ignored.
      if (s === undefined || d === undefined || (hasTime(s) && hasTime(d) && s !== d)) continue;
      before.get(derived)!.add(src);
    }
    return topological(list.map((v) => v.id).sort(cmp), before);
  });
}

/** Kahn's algorithm, smallest id first among the ready; a cycle is broken at its smallest id. */
function topological(ids: string[], before: Map<string, Set<string>>): string[] {
  const out: string[] = [];
  const placed = new Set<string>();
  while (out.length < ids.length) {
    const left = ids.filter((id) => !placed.has(id));
    const next = left.find((id) => [...before.get(id)!].every((p) => placed.has(p))) ?? left[0]!;
    out.push(next);
    placed.add(next);
  }
  return out;
}

export function buildTimeline<E extends LineageEdge>(input: TimelineInput<E>, options: TimelineOptions = {}): Timeline<E> {
  const opts = { ...TIMELINE_DEFAULTS, ...options };
  const order = publicationOrder(input.versions, input.lineage);
  const position = new Map(order.map((id, i) => [id, i]));
  const byId = new Map(input.versions.map((v) => [v.id, v]));

  const entries = order.map((version, i): TimelineEntry<E> => {
    const relations = input.lineage
      .filter((e) => (e.from === version || e.to === version) && position.get(e.from === version ? e.to : e.from)! < i)
      .map((edge) => relation(version, edge, input, opts))
      .sort((x, y) => strength(x) - strength(y) || y.edge.confidence - x.edge.confidence || position.get(x.other)! - position.get(y.other)!);
    return { version, outlet: byId.get(version)!.outlet, published: byId.get(version)!.published, position: i, relations };
  });

  const steps = input.lineage
    .filter((e) => e.kind === 'revision')
    .map((edge) => {
      const [earlier, later] = derivations([edge])[0]!;
      // Shown in timeline order; where the dates put the later revision first, the step still reads earlier → later.
      return revisionStep(earlier, later, edge, input);
    })
    .filter((s): s is RevisionStep<E> => s !== null);
  return { entries, chains: chainsOf(steps, position) };
}

const ROLE_STRENGTH: Record<TimelineRole, number> = { copies: 0, revises: 1, 'copied-by': 2, 'revised-by': 3, shares: 4 };
const strength = (r: TimelineRelation<LineageEdge>) => ROLE_STRENGTH[r.role];

function relation<E extends LineageEdge>(version: string, edge: E, input: TimelineInput<E>, opts: Required<TimelineOptions>): TimelineRelation<E> {
  const isFrom = edge.from === version;
  const other = isFrom ? edge.to : edge.from;
  const share = isFrom ? edge.signals.shared[0] : edge.signals.shared[1];
  let role: TimelineRole = 'shares';
  if (edge.kind === 'copy' && edge.directed) role = isFrom ? 'copied-by' : 'copies';
  if (edge.kind === 'revision') role = derivations([edge])[0]![1] === version ? 'revises' : 'revised-by';
  const opening = role === 'copies' && copiesOpening(input.compare(other, version), opts.openingRest);
  return { other, role, edge, share, opening };
}

/** True when the shared stretch of the source (A) starts at its first article word and leaves `rest` of it after. */
function copiesOpening(c: Comparison | undefined, rest: number): boolean {
  if (!c) return false;
  const words = c.a.segments.map((s) => (s.kind === 'text' ? countWords(s.text) : 0));
  const total = words.reduce((n, w) => n + w, 0);
  const shared = new Set(c.rows.filter(isMatched).flatMap((r) => r.a));
  const text = c.a.segments.flatMap((s, i) => (s.kind === 'text' ? [i] : []));
  if (!total || !text.length || !shared.has(text[0]!)) return false;
  const last = Math.max(...text.filter((i) => shared.has(i)));
  const after = text.filter((i) => i > last).reduce((n, i) => n + words[i]!, 0);
  return after >= rest * total;
}

const isMatched = (r: RowJson) => r.kind === 'equal' || r.kind === 'changed' || r.kind === 'moved';

function revisionStep<E extends LineageEdge>(earlier: string, later: string, edge: E, input: TimelineInput<E>): RevisionStep<E> | null {
  const c = input.compare(earlier, later);
  if (!c) return null;
  const text = (side: 'a' | 'b', idx: number[]) => idx.filter((i) => c[side].segments[i]!.kind === 'text').map((i) => c[side].segments[i]!.text).join('').trim();
  const step: RevisionStep<E> = { earlier, later, edge, added: [], dropped: [], reworded: [], moved: [], unchanged: 0, setApart: { earlier: 0, later: 0 } };
  step.setApart.earlier = c.a.segments.filter((s) => s.kind !== 'text').length;
  step.setApart.later = c.b.segments.filter((s) => s.kind !== 'text').length;
  for (const r of c.rows) {
    const change = { row: r.id, before: text('a', r.a), after: text('b', r.b), diff: [] as DiffTuple[], grades: [] as DiffGrade[] };
    if (r.kind === 'a-only') {
      if (change.before) step.dropped.push(change);
    } else if (r.kind === 'b-only') {
      if (change.after) step.added.push(change);
    } else if (r.kind === 'equal') step.unchanged++;
    else if (r.kind === 'moved' && !r.edited) step.moved.push(change);
    else step.reworded.push({ ...change, diff: r.diff, grades: r.grades });
  }
  return step;
}

/** Steps joined into chains (connected by shared accounts), each chain and its steps in timeline order. */
function chainsOf<E extends LineageEdge>(steps: RevisionStep<E>[], position: Map<string, number>): RevisionStep<E>[][] {
  const chains: { members: Set<string>; steps: RevisionStep<E>[] }[] = [];
  for (const step of steps) {
    const joined = chains.filter((ch) => ch.members.has(step.earlier) || ch.members.has(step.later));
    const merged = { members: new Set([step.earlier, step.later, ...joined.flatMap((ch) => [...ch.members])]), steps: [step, ...joined.flatMap((ch) => ch.steps)] };
    for (const ch of joined) chains.splice(chains.indexOf(ch), 1);
    chains.push(merged);
  }
  const at = (s: RevisionStep) => [position.get(s.later)!, position.get(s.earlier)!] as const;
  const byTime = (x: RevisionStep, y: RevisionStep) => at(x)[0] - at(y)[0] || at(x)[1] - at(y)[1];
  return chains.map((ch) => ch.steps.sort(byTime)).sort((x, y) => byTime(x[0]!, y[0]!));
}
