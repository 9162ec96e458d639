/**
 * View model of the story page and the home page: the similarity matrix, each account's closest
 * relative, a story's one-line finding, and the story page's sections and contents. Pure functions
 * over the comparisons.
 */
import type { Comparison } from '../engine/types.ts';
import { summarize } from './compare.ts';
import { formatPercent } from './format.ts';
import { pairKey } from './story-analysis.ts';

/** The minimum an overview needs to know about an account. */
export interface AccountRef {
  id: string;
  name: string;
}

export type ComparisonLookup = (a: string, b: string) => Comparison | undefined;

/** Map of comparisons keyed `"a/b"` → lookup function. */
export const lookupIn = (map: ReadonlyMap<string, Comparison>): ComparisonLookup => (a, b) => map.get(pairKey(a, b));

export interface MatrixCell {
  a: string;
  b: string;
  /** Share of the row account's words found in the column account (0–1); `null` on the diagonal. */
  share: number | null;
  /** Heat step 0–4 for the background (the figure is always printed too). */
  step: number;
}

/** Heat step of a share: 0 (< 10 %), 1, 2, 3, 4 (≥ 90 %). */
export const heatStep = (share: number) => (share >= 0.9 ? 4 : share >= 0.6 ? 3 : share >= 0.3 ? 2 : share >= 0.1 ? 1 : 0);

/** Accounts × accounts: cell (a, b) = how much of a's text b carries. */
export function similarityMatrix(accounts: readonly AccountRef[], lookup: ComparisonLookup): MatrixCell[][] {
  return accounts.map((a) =>
    accounts.map((b) => {
      if (a.id === b.id) return { a: a.id, b: b.id, share: null, step: 0 };
      const share = lookup(a.id, b.id)?.stats.aShared ?? 0;
      return { a: a.id, b: b.id, share, step: heatStep(share) };
    }),
  );
}

export interface Relative {
  account: string;
  relative: string;
  similarity: number;
  /** Share of the account's words found in the relative. */
  share: number;
}

/** For each account, the other account most similar to it (ties: the earlier in `accounts`). */
export function closestRelatives(accounts: readonly AccountRef[], lookup: ComparisonLookup): Map<string, Relative | null> {
  const out = new Map<string, Relative | null>();
  for (const a of accounts) {
    let best: Relative | null = null;
    for (const b of accounts) {
      if (a.id === b.id) continue;
      const c = lookup(a.id, b.id);
      if (!c) continue;
      if (!best || c.stats.similarity > best.similarity)
        best = { account: a.id, relative: b.id, similarity: c.stats.similarity, share: c.stats.aShared };
    }
    out.set(a.id, best && best.similarity > 0 ? best : null);
  }
  return out;
}

/**
 * Below this share of its words found in any other account, an account's "closest relative" is
 * not close: it tells the story in its own words (the same line `summarize` draws between "share
 * some passages" and "mostly tell the story in their own words").
 */
export const CLOSE_RELATIVE_MIN_SHARE = 0.2;

/** How the account card words its closest relative: close, or only the least distant of strangers. */
export function relativeNote(relative: Relative): { close: boolean; share: string } {
  return { close: relative.share >= CLOSE_RELATIVE_MIN_SHARE, share: formatPercent(relative.share) };
}

/**
 * A cross-account section of the story page as the reader finds it: its anchor, its heading's id,
 * its heading and the paragraph saying what it shows (where that is plain text).
 */
export interface StorySectionText {
  /** The section's anchor (`#id`), a public link target. */
  id: string;
  headingId: string;
  title: string;
  /** What the section shows; absent where the paragraph holds markup (the component writes it). */
  intro?: string;
}

/**
 * The story page's cross-account sections, in one place for the sections
 * (`components/story/StorySection.astro` frames each from its entry) and the page's contents list
 * ({@link storyContents}), so an anchor or a heading is never written twice.
 */
export const STORY_SECTIONS = {
  lineage: {
    id: 'copy-lineage',
    headingId: 'lineage-heading',
    title: 'Copy lineage',
    intro:
      'Who took text from whom, measured from the texts: publication order, how much of one text sits ' +
      'inside the other, the longest verbatim run and wording only the two share. A direction is ' +
      'stated only where the evidence agrees (or the editor recorded it); otherwise the two likely ' +
      'share a source, such as a news agency’s quote.',
  },
  carry: {
    id: 'who-carries-what',
    headingId: 'carry-heading',
    title: 'Who carries what',
    intro:
      'Each row is one passage (a sentence or a few) as the accounts tell it, found by matching every ' +
      'pair of accounts. Each passage links to where it stands in its account; each mark links to that ' +
      'passage in a side-by-side comparison.',
  },
  quotes: {
    id: 'quotes',
    headingId: 'quotes-heading',
    title: 'Quotes',
  },
  wordChoices: {
    id: 'word-choices',
    headingId: 'word-choices-heading',
    title: 'Word choices',
    intro:
      'Words that differ in the same place of one statement, across all pairs of accounts. Spelling, ' +
      'case, punctuation, function words and figures are left out (figures are under “Facts that ' +
      'differ”). Most outlets first; each link opens the passage side by side.',
  },
  facts: {
    id: 'facts',
    headingId: 'facts-heading',
    title: 'Facts that differ',
    intro:
      'Numbers, dates, places, titles and names that stand in the same place of one statement but ' +
      'differ between accounts. Each says whether the two forms are the same fact written differently, ' +
      'one more exact than the other, or in conflict.',
  },
} as const satisfies Record<string, StorySectionText>;

export interface ContentsEntry {
  href: string;
  label: string;
}

/** A contents entry for a story section: its anchor and heading, with how many findings it lists where it counts them. */
const section = (s: StorySectionText, count = 0): ContentsEntry => ({ href: `#${s.id}`, label: count ? `${s.title} (${count})` : s.title });

/**
 * The story page's contents list: its sections (those it has), then other views of the story
 * (`views`: pages such as a synopsis or a timeline, listed after the sections).
 */
export function storyContents(has: { accounts: number; quotes: number; wordChoices: number; facts: number }, views: readonly ContentsEntry[] = []): ContentsEntry[] {
  const out: ContentsEntry[] = [{ href: '#accounts', label: 'Accounts' }];
  if (has.accounts > 1) {
    out.push(
      { href: '#similarity', label: 'Similarity matrix' },
      section(STORY_SECTIONS.lineage),
      section(STORY_SECTIONS.carry),
      section(STORY_SECTIONS.quotes, has.quotes),
      section(STORY_SECTIONS.wordChoices, has.wordChoices),
      section(STORY_SECTIONS.facts, has.facts),
      { href: '#story-data', label: 'Findings as data' },
    );
  }
  return [...out, ...views];
}

export interface Finding {
  a: string;
  b: string;
  sentence: string;
}

/**
 * A story's one-line finding: the most similar pair, told from the side of the account whose text
 * the other carries most (so "Every sentence of Islam Times’ text appears in Press TV").
 */
export function storyFinding(accounts: readonly AccountRef[], lookup: ComparisonLookup): Finding | null {
  let best: { a: AccountRef; b: AccountRef; c: Comparison } | null = null;
  for (const a of accounts)
    for (const b of accounts) {
      if (a.id === b.id) continue;
      const c = lookup(a.id, b.id);
      if (!c) continue;
      const better =
        !best ||
        c.stats.similarity > best.c.stats.similarity ||
        (c.stats.similarity === best.c.stats.similarity && c.stats.aShared > best.c.stats.aShared);
      if (better) best = { a, b, c };
    }
  if (!best || best.c.stats.similarity === 0) return null;
  return { a: best.a.id, b: best.b.id, sentence: summarize(best.c, best.a.name, best.b.name).sentence };
}

/**
 * Reader-facing names of a story's accounts: the outlet's name, or, where one outlet has several
 * accounts, the name with the account's date (and id if the dates match too).
 */
export function accountNames(accounts: readonly { id: string; outletName: string; published: string }[]): Map<string, string> {
  const byName = new Map<string, number>();
  for (const a of accounts) byName.set(a.outletName, (byName.get(a.outletName) ?? 0) + 1);
  const byNameDate = new Map<string, number>();
  for (const a of accounts) byNameDate.set(`${a.outletName}|${a.published}`, (byNameDate.get(`${a.outletName}|${a.published}`) ?? 0) + 1);
  return new Map(
    accounts.map((a) => {
      if (byName.get(a.outletName) === 1) return [a.id, a.outletName];
      if (byNameDate.get(`${a.outletName}|${a.published}`) === 1) return [a.id, `${a.outletName} (${a.published})`];
      return [a.id, `${a.outletName} (${a.id})`];
    }),
  );
}
