/**
 * Outlet relations in words, and the median the profiles use: plain functions of measured figures
 * (no content queries), so unit tests read them directly.
 */
/** Lineage edges between the two outlets' accounts, counted in shared stories (a story counts once per kind). */
export interface RelationKinds {
  /** This outlet's account is a copy of the other's. */
  copiesFrom: number;
  /** The other outlet's account is a copy of this one's. */
  copiedBy: number;
  revision: number;
  commonSource: number;
}

export interface OutletRelation {
  outlet: string;
  name: string;
  /** Stories with an account by both outlets. */
  sharedStories: number;
  /** Shared stories where a lineage edge links their accounts. */
  linkedStories: number;
  kinds: RelationKinds;
  /** Median over shared stories of the share of this outlet's words found in the other's account (the closer pair where there are several). */
  medianShared: number;
}

export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const m = s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  return Math.round(m * 10000) / 10000;
}

/** One sentence per lineage kind with its count, in neutral words ("Its text is carried by X in 1 of 1 shared stories"). */
export function relationSentences(r: OutletRelation): string[] {
  const of = (n: number) => `in ${n} of ${r.sharedStories} shared stories`;
  const out: string[] = [];
  if (r.kinds.copiedBy) out.push(`Its text is carried by ${r.name} ${of(r.kinds.copiedBy)}.`);
  if (r.kinds.copiesFrom) out.push(`It carries text of ${r.name} ${of(r.kinds.copiesFrom)}.`);
  if (r.kinds.revision) out.push(`Revisions of one article with ${r.name} ${of(r.kinds.revision)}.`);
  if (r.kinds.commonSource) out.push(`Likely a common source with ${r.name} ${of(r.kinds.commonSource)}.`);
  if (!out.length) out.push(`No lineage edge links it with ${r.name} in ${r.sharedStories === 1 ? 'the shared story' : `the ${r.sharedStories} shared stories`}.`);
  return out;
}
