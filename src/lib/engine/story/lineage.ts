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
 * The decision (kind, direction, reasons) is `decideLineage`
 * (`lineage-decision.ts`), a pure function of these measurements. Then:
 *
 * 4. Transitive reduction: an edge X–Z is dropped when some Y is more strongly
 *    tied to both X and Z and (almost) everything X and Z share is also in Y:
 *    the X–Z likeness is then explained through Y (B copies A, C copies B
 *    gives A → B → C, not also A → C). Recorded relations are never dropped.
 *    "Stronger" is a total order: shared words, then the shorter time span,
 *    then ids, so ties resolve the same way on every run.
 */
import type { LineageEdge, LineageOptions, LineageSignals, StoryAccount } from './types.ts';
import { decideLineage, type LineageDecision } from './lineage-decision.ts';
import { countWords, type Comparison } from '../index.ts';
import { round4 } from '../align.ts';
import { accountQuoteSpans, type Pairs } from './accounts.ts';
import { clipWords, cmp, tidy, words } from './text.ts';
import { insideQuotation } from '../quotation.ts';

export const LINEAGE_DEFAULTS: Required<LineageOptions> = {
  minRun: 8,
  copyMinRun: 20,
  copyMinExclusive: 8,
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
  /** The longest stretch of exclusive wording: its words and text. */
  exclusiveWords: number;
  exclusiveText: string;
}

export function buildLineage(accounts: readonly StoryAccount[], pairs: Pairs, options: LineageOptions = {}): LineageEdge[] {
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

  return kept.map((f) => edge(f, opts)).sort((a, b) => edgeOrder(a, b, accounts));
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

/** Word sequences (`n` word keys, at least two of them content words in the account's language) of each account's article text. */
function accountShingles(accounts: readonly StoryAccount[], n: number): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const acc of accounts) {
    const set = new Set<string>();
    for (const s of acc.segments) {
      if (s.kind !== 'text') continue;
      const ws = words(s.text, 0, acc.lang);
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
  const stretch = longestExclusive(x, exclusive);
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
    exclusiveWords: stretch.words,
    exclusiveText: stretch.text,
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
      for (const w of words(t, at, a.lang)) {
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

/*
 * Confidence, 0–1, of an edge (how strongly the measured evidence supports what the edge says):
 * - a recorded relation: 1, a documented fact;
 * - a stated copy: the mean of four saturating scores, each 0 at no evidence and 1 when its
 *   evidence is twice what the rule asks (`copyMinRun`, `copyMinExclusive`, `copyMinContained`),
 *   or, for asymmetry, when the derived text's share inside the source exceeds the source's
 *   share inside it by half (`ASYMMETRY_FULL`: all of the copy in the source, half of the source
 *   in the copy); so a bare pass of every threshold gives about a half, clear evidence
 *   approaches 1, and no single signal can carry the edge;
 * - a revision (one outlet): 0.5 for "one article" (certain from the outlet, not from the text),
 *   plus up to 0.5 as the order is supported by its own-prose run or its shared text, when
 *   directed; half of the text support alone when undirected;
 * - a common source: grows with the longest shared run, reaching the cap at a run as long as a
 *   copy's required run twice plus the least run that counts at all, and capped below certainty
 *   (`COMMON_SOURCE_MAX`) because a shared source is inferred, never observed.
 */
/** The asymmetry (share of the derived text in the source minus the reverse) that counts as fully one-sided. */
const ASYMMETRY_FULL = 0.5;
/** Highest confidence of an undirected common-source edge. */
const COMMON_SOURCE_MAX = 0.9;
/**
 * Words of the evidence excerpts an edge carries (the JSON's `signals`, quoted by the site): of the
 * longest shared run, twice the run a copy needs by default (`copyMinRun`, 20), enough to recognise
 * the passage; of an exclusive wording, about a clause, as one example illustrates it.
 */
const RUN_EXCERPT_WORDS = 40;
const EXCLUSIVE_EXCERPT_WORDS = 12;

function edge(f: PairFacts, opts: Required<LineageOptions>): LineageEdge {
  const relation = relationBetween(f.x, f.y);
  const decision: LineageDecision = decideLineage(
    {
      first: f.x.published < f.y.published ? 'x' : f.y.published < f.x.published ? 'y' : 'same',
      sameOutlet: f.x.outlet === f.y.outlet,
      ...(relation ? { relation: { kind: relation.kind as NonNullable<StoryAccount['relation']>['kind'], source: relation.source === f.x ? 'x' : 'y' } } : {}),
      xInY: f.xInY,
      yInX: f.yInX,
      longestRun: f.longestRun,
      longestRunOutsideQuotes: f.longestRunOutsideQuotes,
      exclusiveWords: f.exclusiveWords,
    },
    opts,
  );
  const from = decision.source === 'x' ? f.x : f.y;
  const to = from === f.x ? f.y : f.x;
  const toInFrom = from === f.x ? f.yInX : f.xInY;
  const fromInTo = from === f.x ? f.xInY : f.yInX;
  const signals: LineageSignals = {
    published: [from.published, to.published],
    shared: [round4(fromInTo), round4(toInFrom)],
    similarity: f.similarity,
    longestRun: f.longestRun,
    longestRunText: clipWords(f.longestRunText, RUN_EXCERPT_WORDS),
    longestRunOutsideQuotes: f.longestRunOutsideQuotes,
    exclusive: f.exclusive.length,
    exclusiveWords: f.exclusiveWords,
    exclusiveExample: clipWords(f.exclusiveText, EXCLUSIVE_EXCERPT_WORDS),
  };
  const saturate = (x: number) => Math.max(0, Math.min(1, x));
  const runScore = saturate(f.longestRunOutsideQuotes / (2 * opts.copyMinRun));
  let confidence: number;
  if (decision.basis === 'relation') confidence = 1; // a documented fact
  else if (decision.kind === 'copy')
    confidence =
      (saturate((toInFrom - fromInTo) / ASYMMETRY_FULL) + runScore + saturate(f.exclusiveWords / (2 * opts.copyMinExclusive)) + saturate(toInFrom / (2 * opts.copyMinContained))) / 4;
  else if (decision.kind === 'revision')
    // Same outlet: certain it is one article; the order is as sure as the dates and the shared text.
    confidence = decision.directed ? 0.5 + 0.5 * Math.max(runScore, saturate(f.similarity / ASYMMETRY_FULL)) : 0.5 * saturate(f.similarity / ASYMMETRY_FULL);
  else confidence = Math.min(COMMON_SOURCE_MAX, f.longestRun / (2 * opts.copyMinRun + opts.minRun));
  const backwards = decision.reasons.includes('earlier-revision-carried');
  const earlier = decision.kind === 'revision' && from.published !== to.published ? (backwards ? to.id : from.id) : undefined;
  return {
    from: from.id,
    to: to.id,
    kind: decision.kind,
    confidence: round4(confidence),
    reasons: decision.reasons,
    directed: decision.directed,
    basis: decision.basis,
    ...(relation ? { relation: relation.kind as NonNullable<LineageEdge['relation']> } : {}),
    ...(earlier ? { earlier } : {}),
    signals,
  };
}

/** The longest contiguous stretch of exclusive sequences in x's text: its words and text (longest, then first in code-unit order). */
function longestExclusive(x: StoryAccount, exclusive: readonly string[]): { words: number; text: string } {
  if (!exclusive.length) return { words: 0, text: '' };
  const set = new Set(exclusive);
  const n = exclusive[0]!.split(' ').length;
  let best = { words: 0, text: '' };
  for (const s of x.segments) {
    if (s.kind !== 'text') continue;
    const ws = words(s.text, 0, x.lang);
    let i = 0;
    while (i + n <= ws.length) {
      if (!set.has(ws.slice(i, i + n).map((w) => w.key).join(' '))) {
        i++;
        continue;
      }
      let j = i;
      while (j + n <= ws.length && set.has(ws.slice(j, j + n).map((w) => w.key).join(' '))) j++;
      const stretch = { words: j - i + n - 1, text: tidy(s.text.slice(ws[i]!.start, ws[j + n - 2]!.end)) };
      if (stretch.words > best.words || (stretch.words === best.words && stretch.text < best.text)) best = stretch;
      i = j;
    }
  }
  return best;
}
