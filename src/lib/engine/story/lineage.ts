/**
 * Copy lineage: who took text from whom, with the evidence for each edge.
 *
 * For every pair of accounts we measure, from the engine's comparison and the
 * accounts' texts:
 * - publication order (dates; the same day gives no order);
 * - one-sided containment (the share of X's words found in Y against the
 *   share of Y's found in X: an excerpt sits inside its source);
 * - the longest verbatim run, and the longest outside quotation marks
 *   (quotations are verbatim by nature: every outlet takes the agency quote);
 * - wording only the two share (word sequences found in no other account).
 *
 * Decision rules (conservative: the site only states what the text supports):
 * 1. A pair is related only when it shares a verbatim run of `minRun` words.
 * 2. When the editor recorded a relation (front matter `relation: {kind, of}`),
 *    that documented fact gives the direction: `of` is the source. The text
 *    gives the kind: `revision` when both texts have words the other lacks
 *    (the derived version carries another revision of the article; for a
 *    repost of an earlier revision the dates then run "backwards", which the
 *    evidence says and `earlier` records), `copy` otherwise. Dates never
 *    override a recorded relation: a capture's date is when that revision was
 *    published, not when the article first appeared.
 * 3. Without a relation, a copy needs a long run of the outlets' own prose
 *    (outside quotes) and the derived text largely inside the source; the
 *    direction is stated only when publication order AND one-sided containment
 *    both point the same way. Two versions of one outlet are a `revision`,
 *    directed by date. Anything else is `common-source` (a wire story, an
 *    agency quote), undirected.
 * 4. Transitive reduction: an edge X–Z is dropped when some Y is more strongly
 *    tied to both X and Z and (almost) everything X and Z share is also in Y:
 *    the X–Z likeness is then explained through Y (B copies A, C copies B
 *    gives A → B → C, not also A → C). Recorded relations are never dropped.
 *    "Stronger" is a total order: shared words, then the shorter time span,
 *    then ids, so ties resolve the same way on every run.
 */
import type { LineageEdge, LineageOptions, LineageSignals, StoryAccount } from './types.ts';
import { countWords, type Comparison } from '../index.ts';
import { round4 } from '../align.ts';
import { accountQuoteSpans, type Pairs } from './accounts.ts';
import { cmp, tidy, words } from './text.ts';
import { insideQuotation } from '../quotation.ts';

export const LINEAGE_DEFAULTS: Required<LineageOptions> = {
  minRun: 8,
  copyMinRun: 20,
  copyMinContained: 0.6,
  containmentMargin: 0.15,
  revisionMinOwn: 0.05,
  shingle: 4,
  explainedTolerance: 0.1,
};

/** Symmetric facts about a pair, keyed by the pair's ids in canonical order. */
interface PairFacts {
  x: StoryAccount;
  y: StoryAccount;
  /** Share of x's words found in y, and of y's in x. */
  xInY: number;
  yInX: number;
  similarity: number;
  sharedWords: number;
  longestRun: number;
  longestRunText: string;
  longestRunOutsideQuotes: number;
  exclusive: string[];
}

export function buildLineage(
  accounts: readonly StoryAccount[],
  pairs: Pairs,
  options: LineageOptions = {},
  names: (id: string) => string = (id) => id,
): LineageEdge[] {
  const opts = { ...LINEAGE_DEFAULTS, ...options };
  const shingles = accountShingles(accounts, opts.shingle);
  const facts = new Map<string, PairFacts>();
  const key = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

  for (let i = 0; i < accounts.length; i++) {
    for (let j = i + 1; j < accounts.length; j++) {
      const x = accounts[i]!;
      const y = accounts[j]!;
      facts.set(key(x.id, y.id), pairFacts(x, y, pairs, shingles));
    }
  }

  const candidates = [...facts.values()].filter((f) => f.longestRun >= opts.minRun || relationBetween(f.x, f.y));
  const stronger = (p: PairFacts, q: PairFacts) => strengthOrder(p, q) < 0;
  const kept = candidates.filter((f) => {
    if (relationBetween(f.x, f.y)) return true;
    const sharedXZ = [...shingles.get(f.x.id)!].filter((s) => shingles.get(f.y.id)!.has(s));
    return !accounts.some((y) => {
      if (y.id === f.x.id || y.id === f.y.id) return false;
      const xy = facts.get(key(f.x.id, y.id))!;
      const yz = facts.get(key(y.id, f.y.id))!;
      if (!candidates.includes(xy) || !candidates.includes(yz)) return false;
      if (!stronger(xy, f) || !stronger(yz, f)) return false;
      const ys = shingles.get(y.id)!;
      const missing = sharedXZ.filter((s) => !ys.has(s)).length;
      return missing <= opts.explainedTolerance * Math.max(1, sharedXZ.length);
    });
  });

  return kept.map((f) => decide(f, opts, names)).sort((a, b) => edgeOrder(a, b, accounts));
}

/** Total order, strongest first: shared words, then shorter time span, then canonical ranks. */
function strengthOrder(p: PairFacts, q: PairFacts): number {
  return (
    q.sharedWords - p.sharedWords ||
    span(p) - span(q) ||
    Math.min(p.x.rank, p.y.rank) - Math.min(q.x.rank, q.y.rank) ||
    Math.max(p.x.rank, p.y.rank) - Math.max(q.x.rank, q.y.rank)
  );
}

const dayNumber = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
const span = (f: PairFacts) => Math.abs(dayNumber(f.x.published) - dayNumber(f.y.published));

function edgeOrder(a: LineageEdge, b: LineageEdge, accounts: readonly StoryAccount[]): number {
  const rank = (id: string) => accounts.find((x) => x.id === id)!.rank;
  return rank(a.from) - rank(b.from) || rank(a.to) - rank(b.to);
}

/** The recorded relation between two accounts, if one names the other. */
function relationBetween(x: StoryAccount, y: StoryAccount): { source: StoryAccount; derived: StoryAccount; kind: string } | undefined {
  if (y.relation?.of === x.id) return { source: x, derived: y, kind: y.relation.kind };
  if (x.relation?.of === y.id) return { source: y, derived: x, kind: x.relation.kind };
  return undefined;
}

/** Word sequences (`n` word keys, at least two of them content words) of each account's article text. */
function accountShingles(accounts: readonly StoryAccount[], n: number): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const acc of accounts) {
    const set = new Set<string>();
    for (const s of acc.segments) {
      if (s.kind !== 'text') continue;
      const ws = words(s.text);
      for (let i = 0; i + n <= ws.length; i++) {
        const slice = ws.slice(i, i + n);
        if (slice.filter((w) => w.content).length < 2) continue;
        set.add(slice.map((w) => w.key).join(' '));
      }
    }
    out.set(acc.id, set);
  }
  return out;
}

function pairFacts(x: StoryAccount, y: StoryAccount, pairs: Pairs, shingles: Map<string, Set<string>>): PairFacts {
  const view = pairs.get(x.id, y.id);
  const c = view.comparison;
  const stats = c.stats;
  const [xInY, yInX] = view.flipped ? [stats.bShared, stats.aShared] : [stats.aShared, stats.bShared];
  const sharedWords = Math.round((stats.aShared * stats.words.a + stats.bShared * stats.words.b) / 2);
  const aAccount = view.flipped ? y : x;
  const runs = verbatimRuns(c, aAccount);
  const others = [...shingles.keys()].filter((id) => id !== x.id && id !== y.id);
  const exclusive = [...shingles.get(x.id)!]
    .filter((s) => shingles.get(y.id)!.has(s) && others.every((o) => !shingles.get(o)!.has(s)))
    .sort(cmp);
  return {
    x,
    y,
    xInY,
    yInX,
    similarity: stats.similarity,
    sharedWords,
    longestRun: runs.longest,
    longestRunText: runs.text,
    longestRunOutsideQuotes: runs.outside,
    exclusive,
  };
}

/**
 * Runs of identical words in a comparison, read on its A side: equal diff ops
 * continue a run; an op with words breaks it (punctuation or spacing alone
 * does not); adjacent matched rows of one passage continue it. Also the
 * longest run of words outside quotation marks.
 */
function verbatimRuns(c: Comparison, a: StoryAccount): { longest: number; text: string; outside: number } {
  const spans = accountQuoteSpans(a);
  let longest = 0;
  let text = '';
  let outside = 0;
  let run = 0;
  let runStart = -1;
  let runEnd = -1;
  let out = 0;
  let prevPassage: number | undefined;
  const close = () => {
    if (run > longest) {
      longest = run;
      text = a.text.slice(runStart, runEnd);
    }
    run = 0;
    out = 0;
  };
  for (const row of c.rows) {
    const matched = row.kind === 'equal' || row.kind === 'changed' || row.kind === 'moved';
    if (!matched || row.passage !== prevPassage) close();
    prevPassage = matched ? row.passage : undefined;
    if (!matched) continue;
    let at = c.a.segments[row.a[0]!]!.start;
    for (const [op, t] of row.diff) {
      if (op === 1) {
        if (countWords(t)) close();
        continue;
      }
      if (op === -1) {
        if (countWords(t)) close();
        at += t.length;
        continue;
      }
      for (const w of words(t, at)) {
        if (run === 0) runStart = w.start;
        run++;
        runEnd = w.end;
        if (insideQuotation(spans, w.start, w.end)) out = 0;
        else {
          out++;
          outside = Math.max(outside, out);
        }
        if (run > longest) {
          longest = run;
          text = a.text.slice(runStart, runEnd);
        }
      }
      at += t.length;
    }
  }
  close();
  return { longest, text: tidy(text), outside };
}

const pct = (x: number) => `${Math.round(x * 100)}%`;
const excerpt = (text: string, max = 12) => {
  const ws = text.split(' ');
  return ws.length <= max ? text : `${ws.slice(0, max).join(' ')} …`;
};

function decide(f: PairFacts, opts: Required<LineageOptions>, names: (id: string) => string): LineageEdge {
  const relation = relationBetween(f.x, f.y);
  // Orientation helpers: facts seen from a chosen source.
  const orient = (from: StoryAccount) => {
    const to = from === f.x ? f.y : f.x;
    const toInFrom = from === f.x ? f.yInX : f.xInY;
    const fromInTo = from === f.x ? f.xInY : f.yInX;
    return { from, to, toInFrom, fromInTo };
  };
  const byDate = cmp(f.x.published, f.y.published);
  const dateSource = byDate < 0 ? f.x : byDate > 0 ? f.y : undefined;
  const containSource = f.xInY - f.yInX >= opts.containmentMargin ? f.y : f.yInX - f.xInY >= opts.containmentMargin ? f.x : undefined;
  const n = (a: StoryAccount) => names(a.id);

  const runEvidence = `Longest verbatim run: ${f.longestRun} words${
    f.longestRunOutsideQuotes === 0
      ? ', all inside a quotation'
      : f.longestRunOutsideQuotes < f.longestRun
        ? ` (longest stretch outside quotation marks: ${f.longestRunOutsideQuotes})`
        : ''
  }: “${excerpt(f.longestRunText)}”.`;
  const exclusiveEvidence = f.exclusive.length
    ? `Wording only these two share: ${f.exclusive.length} ${opts.shingle}-word sequence${f.exclusive.length === 1 ? '' : 's'} found in no other account, e.g. “${longestExclusive(f)}”.`
    : `No wording that only these two share: everything they have in common appears in another account too.`;
  const dateEvidence = (from: StoryAccount, to: StoryAccount) =>
    from.published === to.published
      ? `Published the same day (${from.published}): the dates give no order.`
      : `Published ${n(from)} ${from.published}, ${n(to)} ${to.published}.`;
  const containmentEvidence = (o: ReturnType<typeof orient>) =>
    `${pct(o.toInFrom)} of ${n(o.to)}’s article words are in ${n(o.from)}; ${pct(o.fromInTo)} of ${n(o.from)}’s are in ${n(o.to)}.`;

  const signals = (o: ReturnType<typeof orient>): LineageSignals => ({
    published: [o.from.published, o.to.published],
    shared: [round4(o.fromInTo), round4(o.toInFrom)],
    similarity: f.similarity,
    longestRun: f.longestRun,
    longestRunText: excerpt(f.longestRunText, 40),
    longestRunOutsideQuotes: f.longestRunOutsideQuotes,
    exclusive: f.exclusive.length,
    exclusiveExample: f.exclusive.length ? longestExclusive(f) : '',
  });
  const runScore = Math.min(1, f.longestRunOutsideQuotes / (2 * opts.copyMinRun));
  const exclusiveScore = Math.min(1, f.exclusive.length / 20);

  if (relation) {
    const o = orient(relation.source);
    const ownFrom = 1 - o.fromInTo;
    const ownTo = 1 - o.toInFrom;
    const twoSided = ownFrom >= opts.revisionMinOwn && ownTo >= opts.revisionMinOwn;
    const kind: LineageEdge['kind'] = relation.kind === 'revision' || twoSided ? 'revision' : 'copy';
    const backwards = cmp(o.to.published, o.from.published) < 0;
    const evidence = [
      `Recorded by the editor: ${n(o.to)} is a ${relation.kind} of ${n(o.from)}, so ${n(o.from)} is the source.`,
      kind === 'revision'
        ? `Each has text the other lacks (${pct(ownTo)} of ${n(o.to)}’s article words and ${pct(ownFrom)} of ${n(o.from)}’s): two revisions of one article, not a copy of this capture.`
        : containmentEvidence(o),
      backwards
        ? `Published ${n(o.to)} ${o.to.published}, ${n(o.from)} ${o.from.published}: ${n(o.to)} carries an earlier revision than this capture of ${n(o.from)}, so the dates do not order the two texts.`
        : dateEvidence(o.from, o.to),
      runEvidence,
      exclusiveEvidence,
    ];
    const earlier = o.from.published === o.to.published ? undefined : backwards ? o.to.id : o.from.id;
    return {
      from: o.from.id,
      to: o.to.id,
      kind,
      confidence: 1,
      evidence,
      directed: true,
      basis: 'relation',
      ...(earlier ? { earlier } : {}),
      label: `${kind} · recorded ${relation.kind}${f.longestRun ? ` · ${f.longestRun}-word run` : ''}`,
      signals: signals(o),
    };
  }

  if (f.x.outlet === f.y.outlet) {
    // Two captures of one outlet's article: revisions, ordered by date when the dates differ.
    const o = orient(dateSource ?? f.x);
    return {
      from: o.from.id,
      to: o.to.id,
      kind: 'revision',
      confidence: round4(dateSource ? 0.5 + 0.5 * Math.max(runScore, Math.min(1, f.similarity * 2)) : 0.5 * Math.min(1, f.similarity * 2)),
      evidence: [`Both are published by the same outlet (${f.x.outlet}).`, dateEvidence(o.from, o.to), containmentEvidence(o), runEvidence, exclusiveEvidence],
      directed: !!dateSource,
      basis: dateSource ? 'evidence' : 'none',
      ...(dateSource ? { earlier: dateSource.id } : {}),
      label: `revision · ${f.longestRun}-word run`,
      signals: signals(o),
    };
  }

  const copyLike = f.longestRunOutsideQuotes >= opts.copyMinRun && Math.max(f.xInY, f.yInX) >= opts.copyMinContained;
  if (copyLike && dateSource && containSource && dateSource === containSource) {
    const o = orient(dateSource);
    const asym = Math.min(1, (o.toInFrom - o.fromInTo) / 0.5);
    return {
      from: o.from.id,
      to: o.to.id,
      kind: 'copy',
      confidence: round4(0.25 + 0.25 * asym + 0.25 * runScore + 0.25 * exclusiveScore),
      evidence: [
        `${containmentEvidence(o)} ${n(o.to)} sits inside ${n(o.from)}.`,
        `${dateEvidence(o.from, o.to)} ${n(o.from)} first: publication order agrees.`,
        runEvidence,
        exclusiveEvidence,
      ],
      directed: true,
      basis: 'evidence',
      label: `copy · ${pct(o.toInFrom)} of ${n(o.to)} verbatim in ${n(o.from)}`,
      signals: signals(o),
    };
  }

  // Common source: no direction stated. Say why.
  const o = orient(dateSource ?? (f.x.rank < f.y.rank ? f.x : f.y));
  const why: string[] = [];
  if (f.longestRunOutsideQuotes < opts.copyMinRun)
    why.push(
      f.longestRunOutsideQuotes * 2 < f.longestRun
        ? `What they share verbatim is mostly quoted material (at most ${f.longestRunOutsideQuotes} word${f.longestRunOutsideQuotes === 1 ? '' : 's'} in a row outside quotation marks; a copy needs ${opts.copyMinRun}).`
        : `Their shared runs are short (${f.longestRunOutsideQuotes} words; a copy needs ${opts.copyMinRun} in a row outside quotation marks).`,
    );
  else if (!dateSource) why.push(dateEvidence(o.from, o.to));
  else if (!containSource) why.push(`Containment is two-sided (${pct(f.xInY)} and ${pct(f.yInX)}): neither text sits inside the other.`);
  else if (dateSource !== containSource) why.push(`Publication order and containment disagree: ${n(dateSource)} is earlier, but ${n(containSource)} contains the other.`);
  else why.push(`Too little of either text is shared (${pct(Math.max(f.xInY, f.yInX))}; a copy needs ${pct(opts.copyMinContained)}).`);
  const quoted = f.longestRunOutsideQuotes < f.longestRun;
  return {
    from: o.from.id,
    to: o.to.id,
    kind: 'common-source',
    confidence: round4(Math.min(0.9, f.longestRun / (2 * opts.copyMinRun + 10))),
    evidence: [runEvidence, ...why, exclusiveEvidence],
    directed: false,
    basis: 'none',
    label: `common source · ${quoted ? 'shared quote, ' : ''}${f.longestRun}-word run`,
    signals: signals(o),
  };
}

/** The longest contiguous stretch of exclusive sequences, re-read as text (deterministic: longest, then first in code-unit order). */
function longestExclusive(f: PairFacts): string {
  const set = new Set(f.exclusive);
  let best = '';
  for (const s of f.x.segments) {
    if (s.kind !== 'text') continue;
    const ws = words(s.text);
    const n = f.exclusive[0]!.split(' ').length;
    let i = 0;
    while (i + n <= ws.length) {
      if (!set.has(ws.slice(i, i + n).map((w) => w.key).join(' '))) {
        i++;
        continue;
      }
      let j = i;
      while (j + n <= ws.length && set.has(ws.slice(j, j + n).map((w) => w.key).join(' '))) j++;
      const text = tidy(s.text.slice(ws[i]!.start, ws[j + n - 2]!.end));
      if (text.length > best.length || (text.length === best.length && text < best)) best = text;
      i = j;
    }
  }
  return excerpt(best || f.exclusive[0]!);
}
