import type { Language } from './lang/index.ts';
import { isFurnitureLabel } from './furniture.ts';
import { findQuotations, insideQuotation as insideQuote, type Quotation } from './quotation.ts';

/*
 * Sentence boundaries inside one paragraph: Intl.Segmenter, repaired.
 * ICU's sentence rules (UAX #29) break after any "." followed by a space and
 * a capital ("U.S. Secretary", "Gen. Smith", "John F. Kennedy"), break inside
 * multi-sentence quotations, and miss run-ons without a space
 * ("on Wednesday.The Russian"). We take its breaks as candidates, add run-on
 * candidates, then drop the ones our rules say are not sentence ends.
 */

/*
 * The language's titles (never the last word of a sentence) and ambiguous
 * abbreviations (no break after them unless the next word looks like a
 * sentence start, a capitalized stopword such as "The") come from `lang/`.
 */

const CLOSING_QUOTE = /[\u201D\u2019"'\u00BB]/;
/**
 * Run-ons: a sentence-final mark glued to the next sentence. Requires two
 * lower-case letters before the mark (so "e.g.The" or "U.S.Army" do not
 * qualify) and a capitalized or all-caps word after it (`said.Related`,
 * `said.RELATED STORIES`), optionally behind an opening quote.
 */
const RUN_ON = /(?<=\p{Ll}\p{Ll}[.!?])([\u201D\u2019"\u00BB]?)(?=[\u201C\u2018"\u00AB]?\p{Lu}(?:\p{Ll}|\p{Lu}{2}))/gu;

/**
 * A capitalized word glued to the end of the word before it, without a space
 * (`StoriesThe`, `STORIESThe`): a break candidate, kept only when what stands
 * before it on its line is a furniture label (`Related StoriesThe minister …`).
 */
const GLUED_WORD = /(?<=\p{Ll}|\p{Lu}\p{Lu})(?=\p{Lu}\p{Ll})/gu;

/** Breaks after furniture labels glued to the sentence that follows them. */
function gluedLabelBreaks(p: string, candidates: ReadonlySet<number>, language: Language): number[] {
  const out: number[] = [];
  const before = [...candidates].sort((x, y) => x - y);
  for (const m of p.matchAll(GLUED_WORD)) {
    let start = 0;
    for (const c of before) if (c < m.index) start = c;
    const lineStart = p.lastIndexOf('\n', m.index - 1) + 1;
    if (isFurnitureLabel(p.slice(Math.max(start, lineStart), m.index), language)) out.push(m.index);
  }
  return out;
}

/**
 * Run-on breaks: where each run-on sentence ends (`breaks`), and the segmenter's candidates that
 * fall inside its opening mark instead (`notBreaks`): the segmenter breaks after a straight quote
 * glued to a full stop (`left."The`) even where the quote opens the next sentence, which would
 * leave the mark a sentence of its own when that quotation is not closed in the paragraph (a
 * quotation continued in the next paragraph, or a capture cut off).
 */
function runOnBreaks(p: string, spans: readonly Quotation[]): { breaks: number[]; notBreaks: number[] } {
  const breaks: number[] = [];
  const notBreaks: number[] = [];
  for (const m of p.matchAll(RUN_ON)) {
    const quote = m[1] ?? '';
    // A closing quote right after the full stop belongs to the ending sentence;
    // a straight quote there may instead open the next one: ask the spans.
    const closes = quote !== '' && CLOSING_QUOTE.test(quote) && (quote !== '"' || spans.some((q) => q.close === m.index));
    breaks.push(closes ? m.index + 1 : m.index);
    if (!closes && quote !== '') notBreaks.push(m.index + quote.length);
  }
  return { breaks, notBreaks };
}

/**
 * How far, in characters (UTF-16 code units), the break rules look from a candidate break for the
 * word before or after it. The word is only asked whether it is an abbreviation, a title or an
 * initial ("U.S.", "Gen.", "F."), or a capitalized stopword: all far shorter than 40 characters,
 * so a longer word cut to its last (or first) 40 is still none of them. The bound keeps each
 * look at a candidate constant-time however long the paragraph.
 */
const NEIGHBOUR_WORD_CHARS = 40;
/**
 * How far back, in characters, a line break may stand before a candidate break with only
 * whitespace between them and still count as the line's start (captures indent a line by a few
 * spaces at most); also a constant-time look, like {@link NEIGHBOUR_WORD_CHARS}.
 */
const LINE_START_CHARS = 20;

/** The word before `at` (ignoring trailing whitespace), stripped of opening punctuation. */
function wordBefore(p: string, at: number): string {
  const m = /(\S+)\s*$/u.exec(p.slice(Math.max(0, at - NEIGHBOUR_WORD_CHARS), at));
  return (m?.[1] ?? '').replace(/^[("'\u201C\u2018[]+/u, '');
}

function wordAfter(p: string, at: number): string {
  const m = /^\s*["'\u201C\u2018(]*([\p{L}\p{N}]+)/u.exec(p.slice(at, at + NEIGHBOUR_WORD_CHARS));
  return m?.[1] ?? '';
}

/** True when a candidate break at `at` is a real sentence end. */
function keepBreak(p: string, at: number, spans: readonly Quotation[], language: Language): boolean {
  // A line break inside a paragraph is always kept: captures put page
  // furniture (buttons, footer links) on lines of their own.
  if (/\n\s*$/.test(p.slice(Math.max(0, at - LINE_START_CHARS), at))) return true;
  if (insideQuote(spans, at)) return false;
  const before = wordBefore(p, at);
  if (!before.endsWith('.')) return true;
  const abbr = before.slice(0, -1).toLowerCase();
  if (language.titles.has(abbr)) return false;
  const initials = /^(?:\p{L}\.)*\p{L}$/u.test(before.slice(0, -1)) && /^\p{Lu}/u.test(before);
  if (initials || language.ambiguousAbbreviations.has(abbr)) {
    const next = wordAfter(p, at);
    if (next === '') return true;
    if (!/^\p{Lu}/u.test(next)) return false; // "U.S. officials", "Jan. 5"
    return language.stopwords.has(next.toLowerCase()); // "U.S. Secretary" joins; "U.S. The" breaks
  }
  return true;
}

/**
 * Break positions (offsets in `p`, strictly inside it, ascending) between the
 * sentences of one paragraph. `extra` are forced breaks (e.g. after a scraper
 * stamp), always kept.
 */
export function sentenceBreaks(p: string, segmenter: Intl.Segmenter, language: Language, extra: readonly number[] = []): number[] {
  const spans = findQuotations(p);
  const candidates = new Set<number>();
  for (const s of segmenter.segment(p)) {
    const end = s.index + s.segment.length;
    if (end > 0 && end < p.length) candidates.add(end);
  }
  const runOns = runOnBreaks(p, spans);
  for (const b of runOns.notBreaks) candidates.delete(b);
  for (const b of runOns.breaks) if (b > 0 && b < p.length) candidates.add(b);
  for (const b of gluedLabelBreaks(p, candidates, language)) if (b > 0 && b < p.length) candidates.add(b);
  const kept = [...candidates].filter((b) => keepBreak(p, b, spans, language));
  for (const b of extra) if (b > 0 && b < p.length) kept.push(b);
  return [...new Set(kept)].sort((x, y) => x - y);
}
