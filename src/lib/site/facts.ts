/** Facts that differ in words: the kind and the verdict the story page prints for each, and the section as data. */
import type { Fact, FactKind, FactRelation, StoryFindings } from '../engine/story/types.ts';
import { accountUrl } from './routes.ts';
import { accountNamer } from './format.ts';
import { rowLinks, type LinkView } from './finding-links.ts';

const FACT_KIND_TEXT: Record<FactKind, string> = { number: 'Number', date: 'Date', place: 'Place', title: 'Title', name: 'Name' };

/** The verdict on a fact's two forms, in neutral words. */
function factVerdict(f: Fact): string {
  switch (f.relation) {
    case 'equivalent':
      return f.kind === 'name' || f.kind === 'place' ? 'the same name, spelled differently' : f.kind === 'date' ? 'the same date, written differently' : 'the same value, written differently';
    case 'precision':
      return `“${f.forms[f.morePrecise ?? 0].text}” is the more exact form`;
    case 'conflict':
      return 'in conflict';
    case 'different':
      return 'different, not comparable from the texts alone';
  }
}

/** One differing fact as the story page shows it (`Facts.astro` renders it as it is). */
export interface FactView {
  relation: FactRelation;
  /** "Number", "Place", …. */
  kind: string;
  /** The two forms as written. */
  texts: [string, string];
  verdict: string;
  /** Each form's accounts (named, in canonical order) and the passage it stands in. */
  forms: { accounts: string; context: string }[];
  /** The rows it was read from; a fact without rows links each form's first account. */
  links: LinkView[];
}

/** The facts section's entries, in the findings' order. */
export function factsView(story: string, findings: Pick<StoryFindings, 'facts'>, names: ReadonlyMap<string, string>): FactView[] {
  const name = accountNamer(names);
  return findings.facts.map((f) => ({
    relation: f.relation,
    kind: FACT_KIND_TEXT[f.kind],
    texts: [f.forms[0].text, f.forms[1].text],
    verdict: factVerdict(f),
    forms: f.forms.map((form) => ({ accounts: form.versions.map(name).join(', '), context: form.context })),
    links: f.rows.length > 0 ? rowLinks(story, f.rows, name) : f.forms.map((form) => ({ href: accountUrl(story, form.versions[0]!), label: name(form.versions[0]!) })),
  }));
}
