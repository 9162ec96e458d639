/** The story page's word-choice section as data (`WordChoices.astro` renders it as it is). */
import type { StoryFindings } from '../engine/story/types.ts';
import { accountNamer } from './format.ts';
import { rowLinks, type LinkView } from './finding-links.ts';

/** One word choice: each side's wording with the accounts that write it, and the rows it was read from. */
export interface WordChoiceView {
  forms: { text: string; accounts: string }[];
  links: LinkView[];
}

/** The word-choice section's entries, in the findings' order (most outlets split first). */
export function wordChoicesView(story: string, findings: Pick<StoryFindings, 'wordChoices'>, names: ReadonlyMap<string, string>): WordChoiceView[] {
  const name = accountNamer(names);
  return findings.wordChoices.map((w) => ({
    forms: w.forms.map((f) => ({ text: f.text, accounts: f.versions.map(name).join(', ') })),
    links: rowLinks(story, w.rows, name),
  }));
}
