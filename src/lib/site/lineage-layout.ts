/**
 * View model of the copy-lineage diagram: one column per account, left to right in publication
 * order (the date axis), and one lane per edge below them, so no two labels can ever share a
 * line. Every edge runs left to right, from the earlier account to the later one; a directed
 * edge carries its arrow at the later end. A directed edge whose derived account is dated before
 * its source (a repost that carries an earlier revision of the source's article) gets no arrow:
 * an arrow pointing back in time would read as the wrong direction; it is drawn solid, and its
 * label says which account holds the earlier text. Two accounts of one outlet are told apart by
 * their headline (or date).
 */
import type { WordedLineageEdge as LineageEdge, WordedFindings as StoryFindings } from './lineage.ts';
import { excerpt, formatDate } from './format.ts';

export interface LineageNode {
  id: string;
  /** Column, 0 = earliest. */
  column: number;
  /** First line: the outlet's display name. */
  title: string;
  /** Second line: the date, and for an outlet with several accounts, the headline. */
  subtitle: string;
}

export interface LineageLane {
  edge: LineageEdge;
  /** Columns of the left (earlier) and right (later) end. */
  left: number;
  right: number;
  /** Arrow at the right end (a stated direction that runs with the dates). */
  arrow: boolean;
  /** A stated direction against the dates: the derived account holds the earlier text. */
  earlierCopy: boolean;
  label: string;
}

export interface LineageLayout {
  nodes: LineageNode[];
  lanes: LineageLane[];
}

/** Longest headline shown under an outlet's name in the diagram (about a column's width). */
const HEADLINE_CHARS = 28;

/**
 * @param outletName display name of each version's outlet (without any disambiguation)
 * @param headline each version's headline, where known
 */
export function lineageLayout(
  findings: Pick<StoryFindings, 'versions' | 'lineage'>,
  outletName: (version: string) => string,
  headline: (version: string) => string | undefined,
): LineageLayout {
  // `versions` are in the canonical order: published, then id; that order is the date axis.
  const column = new Map(findings.versions.map((v, i) => [v.id, i]));
  const perOutlet = new Map<string, number>();
  for (const v of findings.versions) perOutlet.set(v.outlet, (perOutlet.get(v.outlet) ?? 0) + 1);
  const nodes = findings.versions.map((v, i): LineageNode => {
    const shared = (perOutlet.get(v.outlet) ?? 0) > 1;
    const head = shared ? headline(v.id) : undefined;
    return {
      id: v.id,
      column: i,
      title: outletName(v.id),
      subtitle: head ? `${formatDate(v.published)} · ${excerpt(head, HEADLINE_CHARS)}` : shared ? `${formatDate(v.published)} · ${v.id}` : formatDate(v.published),
    };
  });
  const lanes = findings.lineage.map((edge): LineageLane => {
    const a = column.get(edge.from)!;
    const b = column.get(edge.to)!;
    const earlierCopy = edge.directed && b < a;
    return {
      edge,
      left: Math.min(a, b),
      right: Math.max(a, b),
      arrow: edge.directed && !earlierCopy,
      earlierCopy,
      label: earlierCopy ? `${edge.label} · the earlier text is in ${outletName(edge.to)}` : edge.label,
    };
  });
  return { nodes, lanes };
}
