/**
 * View model of the story timeline (`/stories/<story>/timeline/`): the accounts in publication
 * order, each with its relation to earlier accounts in one sentence, its evidence and a link to
 * that comparison; then each revision chain, step by step, with what changed. Pure functions over
 * the engine's timeline data (`engine/story/timeline.ts`); no Astro, no HTML.
 */
import type { Comparison } from '../engine/types.ts';
import { buildTimeline, publicationOrder, type RevisionChange, type RevisionStep as EngineRevisionStep, type Timeline as EngineTimeline, type TimelineRelation as EngineTimelineRelation } from '../engine/story/timeline.ts';
import type { StoryFindings } from '../engine/story/types.ts';
import type { WordedFindings, WordedLineageEdge } from './lineage.ts';

/** The timeline over the site's lineage edges, which carry their evidence in words (lineage.ts). */
type Timeline = EngineTimeline<WordedLineageEdge>;
type RevisionStep = EngineRevisionStep<WordedLineageEdge>;
type TimelineRelation = EngineTimelineRelation<WordedLineageEdge>;
import { sidePieces, type Piece } from './compare.ts';
import { capitalize, formatCount, formatPercent, formatPublished, possessive, accountNamer } from './format.ts';
import { accountUrl, compareUrl, outletUrl, rowUrl } from './routes.ts';
import { pairKey } from './story-analysis.ts';

export interface TimelineSource {
  findings: Pick<WordedFindings, 'versions' | 'lineage'>;
  comparisons: ReadonlyMap<string, Comparison>;
  /** Each account's `published` as written: the analysis keeps the day only, the timeline orders by time too. */
  published: ReadonlyMap<string, string>;
}

const cache = new WeakMap<object, Timeline>();

/** The versions with `published` as written (the analysis keeps days only). */
const versionsAsPublished = (source: Pick<TimelineSource, 'findings' | 'published'>) =>
  source.findings.versions.map((v) => ({ ...v, published: source.published.get(v.id) ?? v.published }));

/** Account ids in publication order (the timeline's order; the synopsis' bare URL follows the first). */
export const accountsInPublicationOrder = (source: Pick<TimelineSource, 'findings' | 'published'>) => publicationOrder(versionsAsPublished(source), source.findings.lineage);

/** The story's timeline data (computed once per analysis). */
export function storyTimeline(source: TimelineSource): Timeline {
  let timeline = cache.get(source.findings);
  if (!timeline) {
    timeline = buildTimeline({ versions: versionsAsPublished(source), lineage: source.findings.lineage, compare: (a, b) => source.comparisons.get(pairKey(a, b)) });
    cache.set(source.findings, timeline);
  }
  return timeline;
}

export interface RelationView {
  /** The relation in one sentence, with its figure: "Copies Press TV’s opening: 99% of its words are in Press TV." */
  sentence: string;
  /** The lineage's evidence, strongest first. */
  evidence: string[];
  /** The comparison, the earlier account on the left. */
  compareHref: string;
  compareLabel: string;
}

export interface TimelineEntryView {
  version: string;
  /** Anchor of the entry: `t-<version>`. */
  anchor: string;
  name: string;
  /** As shown: "19 May 2021" or "19 May 2021, 18:40 UTC". */
  published: string;
  /** The `published` value as written, for `<time datetime>`. */
  datetime: string;
  accountHref: string;
  /** The outlet's profile. */
  outletHref: string;
  relations: RelationView[];
  /** Set when no relation to an earlier account is found. */
  none: string | null;
}

export interface ChangeView {
  href: string;
  pieces: Piece[];
}

export interface RevisionStepView {
  earlierName: string;
  laterName: string;
  heading: string;
  compareHref: string;
  /** "3 sentences added, 2 dropped, 9 reworded, 1 moved; 5 unchanged." */
  summary: string;
  added: ChangeView[];
  dropped: ChangeView[];
  reworded: ChangeView[];
  moved: ChangeView[];
  /** "The annotated repost’s 4 lines of page furniture or interleaved text are not counted." */
  setApart: string | null;
}

export interface TimelinePage {
  entries: TimelineEntryView[];
  chains: RevisionStepView[][];
}

/**
 * Shared wording counts as a shared quotation when most of its longest verbatim run stands inside
 * quotation marks: outlets take quotes verbatim from the same source, while shared prose outside
 * quotes points to shared copy.
 */
const mostlyQuoted = (r: TimelineRelation) => r.edge.signals.longestRunOutsideQuotes * 2 < r.edge.signals.longestRun;

function relationSentence(r: TimelineRelation, other: string): string {
  const figure = `${formatPercent(r.share)} of its words are in ${other}`;
  switch (r.role) {
    case 'copies':
      return `Copies ${possessive(other)} ${r.opening ? 'opening' : 'text'}: ${figure}.`;
    case 'copied-by':
      return `Its text is the source of ${possessive(other)}, which is dated earlier: ${figure}.`;
    case 'revises':
      return `A later revision of the text ${other} carries: ${figure}.`;
    case 'revised-by':
      return `Carries an earlier revision of ${possessive(other)} text: ${figure}.`;
    case 'shares': {
      const run = r.edge.signals.longestRun;
      return mostlyQuoted(r)
        ? `Shares a quotation with ${other}: ${formatCount(run, 'word')} verbatim, mostly inside quotation marks.`
        : `Shares wording with ${other} (a common source is likely): ${formatCount(run, 'word')} in a row verbatim.`;
    }
  }
}

const changeView = (story: string, step: RevisionStep, c: RevisionChange, text: 'before' | 'after' | 'diff'): ChangeView => ({
  href: rowUrl(story, step.earlier, step.later, c.row),
  pieces: text === 'diff' ? sidePieces(c.diff, c.grades, 'both') : [{ text: c[text], mark: null }],
});

function stepView(story: string, step: RevisionStep, name: (id: string) => string): RevisionStepView {
  const parts = [
    `${formatCount(step.added.length, 'sentence')} added`,
    `${step.dropped.length} dropped`,
    `${step.reworded.length} reworded`,
    ...(step.moved.length ? [`${step.moved.length} moved`] : []),
  ];
  const apart = [
    ...(step.setApart.earlier ? [`${possessive(name(step.earlier))} ${step.setApart.earlier}`] : []),
    ...(step.setApart.later ? [`${possessive(name(step.later))} ${step.setApart.later}`] : []),
  ];
  return {
    earlierName: name(step.earlier),
    laterName: name(step.later),
    heading: `${name(step.earlier)} → ${name(step.later)}`,
    compareHref: compareUrl(story, step.earlier, step.later),
    summary: `${parts.join(', ')}; ${step.unchanged} unchanged.`,
    added: step.added.map((c) => changeView(story, step, c, 'after')),
    dropped: step.dropped.map((c) => changeView(story, step, c, 'before')),
    reworded: step.reworded.map((c) => changeView(story, step, c, 'diff')),
    moved: step.moved.map((c) => changeView(story, step, c, 'after')),
    setApart: apart.length ? `${capitalize(apart.join(' and '))} lines of page furniture or interleaved text are not counted as changes.` : null,
  };
}

export function timelinePage(story: string, timeline: Timeline, names: ReadonlyMap<string, string>): TimelinePage {
  const name = accountNamer(names);
  return {
    entries: timeline.entries.map((e) => ({
      version: e.version,
      anchor: `t-${e.version}`,
      name: name(e.version),
      published: formatPublished(e.published),
      datetime: e.published,
      accountHref: accountUrl(story, e.version),
      outletHref: outletUrl(e.outlet),
      relations: e.relations.map((r) => ({
        sentence: relationSentence(r, name(r.other)),
        evidence: r.edge.evidence,
        compareHref: compareUrl(story, r.other, e.version),
        compareLabel: `Compare ${name(r.other)} with ${name(e.version)}`,
      })),
      none: e.relations.length
        ? null
        : e.position === 0
          ? 'The earliest account of this story.'
          : 'Independent: no lineage evidence ties it to an earlier account.',
    })),
    chains: timeline.chains.map((steps) => steps.map((s) => stepView(story, s, name))),
  };
}

/**
 * The timeline JSON (`/api/stories/<story>/timeline.json`, schema 1): accounts in publication
 * order with their relations to earlier accounts (the lineage edge's kind, evidence and figures),
 * and the revision chains with each step's changes (row ids of the comparison earlier → later).
 */
export function timelineJson(story: string, timeline: Timeline, findings: Pick<StoryFindings, 'versions'>) {
  const outlet = new Map(findings.versions.map((v) => [v.id, v.outlet]));
  return {
    schema: 1 as const,
    story,
    accounts: timeline.entries.map((e) => ({
      version: e.version,
      outlet: outlet.get(e.version)!,
      published: e.published,
      position: e.position,
      relations: e.relations.map(({ edge, ...r }) => ({
        ...r,
        kind: edge.kind,
        directed: edge.directed,
        basis: edge.basis,
        confidence: edge.confidence,
        label: edge.label,
        evidence: edge.evidence,
        compare: { a: r.other, b: e.version },
      })),
    })),
    revisions: timeline.chains.map((steps) =>
      steps.map(({ edge, ...s }) => ({ ...s, kind: edge.kind, basis: edge.basis, compare: { a: s.earlier, b: s.later } })),
    ),
  };
}
