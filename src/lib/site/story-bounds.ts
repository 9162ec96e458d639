/**
 * Bounds of the story page's other findings sections (quotes, word choices, facts). Each list
 * grows with the accounts' length (a 200,000-word account holds thousands of quotations) or with
 * their number (a word choice or a fact links every pair of accounts that differ there), so each
 * is cut to a stated number of items, and each item's list of links to a stated number, with an
 * honest count of what is left out and where all of it is (the story JSON holds every finding).
 * Texts that can be paragraphs long (a quotation one account alone carries, a fact's passage)
 * are cut to an excerpt with an ellipsis; the whole text is on the account and comparison pages.
 */
import type { StoryFindings } from '../engine/story/types.ts';
import { excerpt, formatCount, formatNumber } from './format.ts';

export interface SectionBounds {
  /** Quotations shared by two or more accounts, each a small table: 20 is several screens of them. */
  sharedQuotes: number;
  /** Quotations only one account carries (a list in a closed disclosure). */
  singleQuotes: number;
  /** Word choices and facts shown: 30 each, the most telling first (the engine sorts them so). */
  wordChoices: number;
  facts: number;
  /** Row links per word choice or fact ("Press TV / RFE/RL (3)"): 6 pairs say it is widespread. */
  rowsPerItem: number;
  /** Characters of a one-account quotation or a fact's passage: a long sentence's worth. */
  textChars: number;
}

export const SECTION_BOUNDS: SectionBounds = { sharedQuotes: 20, singleQuotes: 20, wordChoices: 30, facts: 30, rowsPerItem: 6, textChars: 300 };

/** What a section leaves out, in words, or null when it shows everything. */
export interface SectionNotes {
  quotes: string | null;
  wordChoices: string | null;
  facts: string | null;
}

/** A text cut to `max` characters (with an ellipsis) only when longer: shorter texts stay exactly as they are. */
const cut = (text: string, max: number) => (text.length > max ? excerpt(text, max) : text);

const note = (shown: number, total: number, what: string, extra = '') =>
  shown < total || extra ? `${shown < total ? `Showing ${formatNumber(shown)} of ${formatCount(total, what)}` : ''}${shown < total && extra ? '; ' : ''}${extra}. All of them, with every link, are in` : null;

/**
 * The findings with each section's lists cut to `bounds`, and a note per section saying what was
 * left out. Nothing else changes: the findings keep their order, so what is shown comes first.
 */
export function boundFindings<F extends Pick<StoryFindings, 'quotes' | 'wordChoices' | 'facts'>>(findings: F, bounds: SectionBounds = SECTION_BOUNDS): { findings: F; notes: SectionNotes } {
  const shared = findings.quotes.filter((q) => q.versions.length >= 2);
  const single = findings.quotes.filter((q) => q.versions.length < 2);
  const keptShared = new Set(shared.slice(0, bounds.sharedQuotes));
  const keptSingle = new Set(single.slice(0, bounds.singleQuotes));
  const quotes = findings.quotes
    .filter((q) => keptShared.has(q) || keptSingle.has(q))
    .map((q) => (keptSingle.has(q) ? { ...q, members: q.members.map((m) => ({ ...m, text: cut(m.text, bounds.textChars) })) } : q));
  let cutRows = 0;
  const rows = <T extends { rows: unknown[] }>(item: T): T => {
    if (item.rows.length <= bounds.rowsPerItem) return item;
    cutRows++;
    return { ...item, rows: item.rows.slice(0, bounds.rowsPerItem) };
  };
  const wordChoices = findings.wordChoices.slice(0, bounds.wordChoices).map(rows);
  const choiceRowsCut = cutRows;
  cutRows = 0;
  const facts = findings.facts
    .slice(0, bounds.facts)
    .map(rows)
    .map((f) => ({ ...f, forms: f.forms.map((form) => ({ ...form, context: cut(form.context, bounds.textChars) })) as typeof f.forms }));
  const rowsNote = (n: number) => (n ? `${formatNumber(n)} ${n === 1 ? 'lists only its' : 'list only their'} first ${bounds.rowsPerItem} comparisons` : '');
  const quoteParts = [shared.length > bounds.sharedQuotes ? `${formatNumber(bounds.sharedQuotes)} of ${formatCount(shared.length, 'shared quotation')}` : '', single.length > bounds.singleQuotes ? `${formatNumber(bounds.singleQuotes)} of ${formatCount(single.length, 'quotation')} only one account carries` : ''].filter(Boolean);
  return {
    findings: { ...findings, quotes, wordChoices, facts },
    notes: {
      quotes: quoteParts.length ? `Showing ${quoteParts.join(', and ')}. All of them are in` : null,
      wordChoices: note(wordChoices.length, findings.wordChoices.length, 'word choice', rowsNote(choiceRowsCut)),
      facts: note(facts.length, findings.facts.length, 'differing fact', rowsNote(cutRows)),
    },
  };
}

/**
 * How many accounts the story page shows as cards, and up to how many it draws the similarity
 * matrix for (its cells grow with the square of the accounts: 40 accounts are 1,600 cells, about
 * 19 KB gzipped). Forty outlets is more than the widest story a newsroom compares by hand; a
 * larger story lists its first 40 accounts (earliest first) and points to the timeline, which lists
 * them all, and to the story JSON, which holds every figure of the matrix.
 */
export const STORY_PAGE_BOUNDS = { accountCards: 40, matrixAccounts: 40 } as const;

/** The account cards shown, and how many are left out. */
export function shownAccounts<T>(accounts: readonly T[], bound: number = STORY_PAGE_BOUNDS.accountCards): { shown: T[]; more: number } {
  return { shown: accounts.slice(0, bound), more: Math.max(0, accounts.length - bound) };
}

/** Outlets named in the story page's description (a search snippet): ten, then "and N others". */
const DESCRIPTION_NAMES = 10;

export function namedList(names: readonly string[], max: number = DESCRIPTION_NAMES): string {
  return names.length <= max ? names.join(', ') : `${names.slice(0, max).join(', ')} and ${formatCount(names.length - max, 'other')}`;
}
