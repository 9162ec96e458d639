/**
 * View model of the story page and the home page: the similarity matrix, each account's closest
 * relative, and a story's one-line finding. Pure functions over the comparisons.
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

export interface ContentsEntry {
  href: string;
  label: string;
}

/**
 * The story page's contents list: its sections (those it has), then other views of the story
 * (`views`: pages such as a synopsis or a timeline, listed after the sections).
 */
export function storyContents(has: { accounts: number; quotes: number; wordChoices: number; facts: number }, views: readonly ContentsEntry[] = []): ContentsEntry[] {
  const out: ContentsEntry[] = [{ href: '#accounts', label: 'Accounts' }];
  if (has.accounts > 1) {
    out.push(
      { href: '#similarity', label: 'Similarity matrix' },
      { href: '#copy-lineage', label: 'Copy lineage' },
      { href: '#who-carries-what', label: 'Who carries what' },
      { href: '#quotes', label: has.quotes ? `Quotes (${has.quotes})` : 'Quotes' },
      { href: '#word-choices', label: has.wordChoices ? `Word choices (${has.wordChoices})` : 'Word choices' },
      { href: '#facts', label: has.facts ? `Facts that differ (${has.facts})` : 'Facts that differ' },
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
