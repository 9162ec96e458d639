/**
 * The story page's and the story JSON's only source of cross-account findings:
 * passage clusters, coverage, copy lineage, quotes and variants, computed once
 * per story per build from every pairwise comparison (see `getStoryAnalysis`).
 */
import { analyseStory, toStoryJson, type StoryFindings, type StoryJson } from '../engine/story/index.ts';
import { getStoryAnalysis } from './analysis.ts';
import type { Story } from './stories.ts';

export interface StoryAnalysisView {
  findings: StoryFindings;
  json: StoryJson;
  /** Reader-facing name of each version (outlet name; disambiguated when an outlet has several versions). */
  names: Map<string, string>;
}

/** Outlet names, with the date (then the id) added where two versions share an outlet. */
export function versionNames(story: Story): Map<string, string> {
  const count = (key: (a: Story['accounts'][number]) => string) => {
    const m = new Map<string, number>();
    for (const a of story.accounts) m.set(key(a), (m.get(key(a)) ?? 0) + 1);
    return m;
  };
  const byName = count((a) => a.outlet.name);
  const byNameDate = count((a) => `${a.outlet.name}|${a.data.published}`);
  return new Map(
    story.accounts.map((a) => {
      if (byName.get(a.outlet.name) === 1) return [a.id, a.outlet.name];
      if (byNameDate.get(`${a.outlet.name}|${a.data.published}`) === 1) return [a.id, `${a.outlet.name} (${a.data.published})`];
      return [a.id, `${a.outlet.name} (${a.id})`];
    }),
  );
}

async function build(story: Story): Promise<StoryAnalysisView> {
  const { comparisons } = await getStoryAnalysis(story);
  const names = versionNames(story);
  const findings = analyseStory(
    story.accounts.map((a) => ({
      id: a.id,
      outlet: a.outlet.id,
      published: a.data.published,
      paragraphs: a.paragraphs,
      words: a.words,
      ...(a.data.relation ? { relation: a.data.relation } : {}),
    })),
    (a, b) => {
      const c = comparisons.get(`${a}/${b}`);
      if (!c) throw new Error(`no comparison ${a}/${b} in story ${story.id}`);
      return c;
    },
    { story: story.id, name: (id) => names.get(id) ?? id },
  );
  return { findings, json: toStoryJson(findings, story.id), names };
}

const memo = new Map<string, Promise<StoryAnalysisView>>();

/** Findings of a story, computed once per build. */
export function getStoryFindings(story: Story): Promise<StoryAnalysisView> {
  let pending = memo.get(story.id);
  if (!pending) {
    pending = build(story);
    memo.set(story.id, pending);
  }
  return pending;
}
