/**
 * The lineage decision for one pair of accounts: a small pure function from
 * measured evidence to an edge's kind, direction and reasons. Measuring the
 * evidence is `lineage.ts`; wording the reasons for readers is the site's.
 *
 * Rules (conservative: state only what the text supports):
 * 1. A recorded relation (the editor's front matter) gives the direction; the
 *    text gives the kind: `revision` when both texts have words the other
 *    lacks, `copy` otherwise.
 * 2. Two captures of one outlet are revisions of one article, directed by date.
 * 3. A `copy` with a direction needs ALL of: a long run of the outlets' own
 *    prose (outside quotation marks: quotes are verbatim by nature), the
 *    derived text largely and one-sidedly inside the source, the source
 *    published first, and wording exclusive to the pair (found in these two
 *    and no other account). Without exclusive wording, everything the two
 *    share is also elsewhere: several reprints of one wire story, each as
 *    close to the wire as to the others, are a common source, whatever their
 *    dates and lengths.
 * 4. Anything else is `common-source`, undirected, with the reasons no copy
 *    was stated.
 */
import type { LineageBasis, LineageReason, RelationInput } from './types.ts';

/** Thresholds of the decision (see `LineageOptions` for their reasons). */
export interface LineageThresholds {
  copyMinRun: number;
  copyMinContained: number;
  containmentMargin: number;
  revisionMinOwn: number;
  copyMinExclusive: number;
}

/** Measured evidence for a pair of accounts x and y (x before y in canonical order). */
export interface PairEvidence {
  /** Which was published first: `x`, `y`, or `same` (the same day). */
  first: 'x' | 'y' | 'same';
  sameOutlet: boolean;
  /** The editor's record: its kind and which of the two is the source. */
  relation?: { kind: RelationInput['kind']; source: 'x' | 'y' };
  /** Share of x's article words found in y, and of y's in x (0–1). */
  xInY: number;
  yInX: number;
  /** Longest run of identical words, and the longest outside quotation marks. */
  longestRun: number;
  longestRunOutsideQuotes: number;
  /** Words in the longest stretch of wording found in these two accounts and no other. */
  exclusiveWords: number;
}

export interface LineageDecision {
  kind: 'copy' | 'revision' | 'common-source';
  /** The source (for undirected edges: the earlier one, x on the same day). */
  source: 'x' | 'y';
  directed: boolean;
  basis: LineageBasis;
  /** Why, strongest first: facts for the stated kind and direction, or the reasons none was stated. */
  reasons: LineageReason[];
}

const other = (s: 'x' | 'y') => (s === 'x' ? 'y' : 'x');

export function decideLineage(e: PairEvidence, t: LineageThresholds): LineageDecision {
  const inSource = (source: 'x' | 'y') => (source === 'x' ? e.yInX : e.xInY); // share of the derived text found in the source
  const inDerived = (source: 'x' | 'y') => (source === 'x' ? e.xInY : e.yInX);
  const dateSource = e.first === 'same' ? undefined : e.first;
  const containSource = e.xInY - e.yInX >= t.containmentMargin ? 'y' : e.yInX - e.xInY >= t.containmentMargin ? 'x' : undefined;
  const exclusive = e.exclusiveWords >= t.copyMinExclusive;

  if (e.relation) {
    const source = e.relation.source;
    const bothRevised = 1 - inDerived(source) >= t.revisionMinOwn && 1 - inSource(source) >= t.revisionMinOwn;
    const kind = e.relation.kind === 'revision' || bothRevised ? 'revision' : 'copy';
    const reasons: LineageReason[] = ['recorded', kind === 'revision' ? 'both-revised' : 'contained'];
    reasons.push(dateSource === other(source) ? 'earlier-revision-carried' : dateSource === source ? 'published-first' : 'same-day');
    return { kind, source, directed: true, basis: 'relation', reasons };
  }

  if (e.sameOutlet) {
    const source = dateSource ?? 'x';
    return { kind: 'revision', source, directed: !!dateSource, basis: dateSource ? 'evidence' : 'none', reasons: ['same-outlet', dateSource ? 'published-first' : 'same-day'] };
  }

  const ownProse = e.longestRunOutsideQuotes >= t.copyMinRun;
  const contained = Math.max(e.xInY, e.yInX) >= t.copyMinContained;
  if (ownProse && contained && exclusive && dateSource && dateSource === containSource)
    return { kind: 'copy', source: dateSource, directed: true, basis: 'evidence', reasons: ['contained', 'published-first', 'own-prose-run', 'exclusive-wording'] };

  // Common source: say every reason a copy was not stated.
  const against: LineageReason[] = [];
  if (!ownProse) against.push(e.longestRunOutsideQuotes * 2 < e.longestRun ? 'mostly-quoted' : 'short-runs');
  if (!contained) against.push('little-shared');
  if (!exclusive) against.push('no-exclusive-wording');
  if (!dateSource) against.push('same-day');
  else if (!containSource) against.push('two-sided-containment');
  else if (dateSource !== containSource) against.push('order-disagrees');
  return { kind: 'common-source', source: dateSource ?? 'x', directed: false, basis: 'none', reasons: against };
}
