/**
 * Copy lineage in words: the engine's edges carry facts (kind, direction,
 * reason codes, measured signals); this view model turns them into the
 * evidence sentences and short labels readers see and the story JSON exports.
 */
import type { LineageEdge, LineageReason, StoryFindings } from '../engine/story/types.ts';
import { LINEAGE_DEFAULTS } from '../engine/story/index.ts';
import { excerpt, formatCount as plural, formatPercent as pct } from './format.ts';

/** A lineage edge with its evidence in words. */
export interface WordedLineageEdge extends LineageEdge {
  /** Evidence sentences, strongest first: the edge's reasons, then the verbatim run and the exclusive wording. */
  evidence: string[];
  /** Short label for diagrams: the kind and the strongest single piece of evidence. */
  label: string;
}

/** Story findings whose lineage is worded. */
export type WordedFindings = StoryFindings<WordedLineageEdge>;

export type NameOf = (version: string) => string;


/** Characters of the longest run quoted in its evidence sentence: about a line of text. */
const RUN_EXCERPT = 80;

/** The evidence sentences of one edge. */
export function lineageEvidence(e: LineageEdge, name: NameOf): string[] {
  const [from, to] = [name(e.from), name(e.to)];
  const s = e.signals;
  const [fromDate, toDate] = s.published;
  const [fromInTo, toInFrom] = s.shared;
  const { copyMinRun, copyMinContained } = LINEAGE_DEFAULTS;
  const sentence: Record<LineageReason, () => string> = {
    recorded: () => `Recorded by the editor: ${to} is a ${e.relation ?? 'version'} of ${from}, so ${from} is the source.`,
    'same-outlet': () => `Both are published by the same outlet.`,
    'both-revised': () =>
      `Each has text the other lacks (${pct(1 - toInFrom)} of ${to}’s article words and ${pct(1 - fromInTo)} of ${from}’s): two revisions of one article, not a copy of this capture.`,
    contained: () => `${pct(toInFrom)} of ${to}’s article words are in ${from}; ${pct(fromInTo)} of ${from}’s are in ${to}. ${to} sits inside ${from}.`,
    'published-first': () => `Published ${from} ${fromDate}, ${to} ${toDate}: ${from} first, publication order agrees.`,
    'earlier-revision-carried': () =>
      `Published ${to} ${toDate}, ${from} ${fromDate}: ${to} carries an earlier revision than this capture of ${from}, so the dates do not order the two texts.`,
    'own-prose-run': () => `${s.longestRunOutsideQuotes} words in a row of the outlets’ own prose (outside quotation marks) are identical.`,
    'exclusive-wording': () => `Wording only these two share: ${plural(s.exclusiveWords, 'word')} in a row found in no other account, e.g. “${s.exclusiveExample}”.`,
    'mostly-quoted': () =>
      s.longestRunOutsideQuotes === 0
        ? `What they share verbatim is all quoted material (no shared words outside quotation marks; a copy needs ${copyMinRun} in a row).`
        : `What they share verbatim is mostly quoted material (at most ${plural(s.longestRunOutsideQuotes, 'word')} in a row outside quotation marks; a copy needs ${copyMinRun}).`,
    'short-runs': () => `Their shared runs are short (${s.longestRunOutsideQuotes} words; a copy needs ${copyMinRun} in a row outside quotation marks).`,
    'little-shared': () => `Too little of either text is shared (${pct(Math.max(fromInTo, toInFrom))}; a copy needs ${pct(copyMinContained)}).`,
    'no-exclusive-wording': () =>
      s.exclusiveWords === 0
        ? `No wording that only these two share: everything they have in common appears in another account too, as in reprints of one source.`
        : `Little wording that only these two share (${plural(s.exclusiveWords, 'word')} in a row): what they have in common appears in another account too.`,
    'same-day': () => `Published the same day (${fromDate}): the dates give no order.`,
    'two-sided-containment': () => `Containment is two-sided (${pct(fromInTo)} and ${pct(toInFrom)}): neither text sits inside the other.`,
    'order-disagrees': () => `Publication order and containment disagree: ${from} is earlier, but ${to} contains the other.`,
  };
  const run = `Longest verbatim run: ${plural(s.longestRun, 'word')}${
    s.longestRunOutsideQuotes === 0
      ? ', all inside a quotation'
      : s.longestRunOutsideQuotes < s.longestRun
        ? ` (longest stretch outside quotation marks: ${s.longestRunOutsideQuotes})`
        : ''
  }${s.longestRunText ? `: “${excerpt(s.longestRunText, RUN_EXCERPT)}”` : ''}.`;
  const out = e.reasons.map((r) => sentence[r]());
  out.push(run);
  // The exclusive wording is stated once: as a reason when it is one, else as a plain fact.
  if (!e.reasons.includes('exclusive-wording') && !e.reasons.includes('no-exclusive-wording'))
    out.push(s.exclusiveWords ? sentence['exclusive-wording']() : `No wording that only these two share: everything they have in common appears in another account too.`);
  return out;
}

/** Short label for diagrams: the kind and the strongest single piece of evidence. */
export function lineageLabel(e: LineageEdge, name: NameOf): string {
  const s = e.signals;
  if (e.kind === 'copy') return `copy · ${pct(s.shared[1])} of ${name(e.to)} verbatim in ${name(e.from)}`;
  if (e.kind === 'revision') return `revision${e.basis === 'relation' ? ' · recorded' : ''}${s.longestRun ? ` · ${s.longestRun}-word run` : ''}`;
  return `common source · ${s.longestRunOutsideQuotes * 2 < s.longestRun ? 'shared quote, ' : ''}${s.longestRun}-word run`;
}

/** The findings with every lineage edge worded. */
export function wordFindings(findings: StoryFindings, name: NameOf): WordedFindings {
  return { ...findings, lineage: findings.lineage.map((e) => ({ ...e, evidence: lineageEvidence(e, name), label: lineageLabel(e, name) })) };
}
