/**
 * The one quotation finder: where quotations open and close in a paragraph.
 *
 * Sentence splitting (no sentence break inside a quotation) and the story's
 * quote analysis (who said what) both read quotations here, so they always
 * agree on what a quotation is.
 *
 * Real pages mix their marks: a CMS turns some straight quotes into curly
 * ones and leaves others, a reposting site retypes an opening mark, a wire
 * story quoted inside a report keeps its own marks. So a double mark is read
 * by its POSITION first and its shape second:
 * - a mark after a space (or the paragraph start, or an opening bracket or
 *   dash) and before a non-space opens; a mark after a non-space and before a
 *   space, punctuation or the end closes; `"`, `“`, `”`, `„` all follow this,
 *   so `"…”`, `“…"` and `”…”` are each one quotation;
 * - where the position says nothing (`a"b`), the shape decides (`“` opens,
 *   `”` closes) and a straight mark closes an open quotation, else opens one.
 * Guillemets (`«…»`, `‹…›`) are unambiguous by shape.
 * Single marks (`‘…’`, `'…'`) quote only in clear positions: an opening mark
 * after a space or an opening mark and before a letter or digit; a closing
 * mark not followed by a letter, so apostrophes ("Russia’s", "don't") never
 * count. Quotations nest (a single-quoted phrase inside a double-quoted
 * statement, a straight-quoted word inside a curly-quoted one); a closing
 * double mark closes the innermost open double quotation, and any single
 * quotation left open inside it is dropped (it was an apostrophe).
 * A quotation may span any number of sentences of its paragraph.
 */

/** A quotation in a paragraph: offsets of its marks. */
export interface Quotation {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark; for an unclosed quotation, the paragraph's length. */
  close: number;
  /** Nesting depth: 0 for an outermost quotation, 1 for one inside it, … */
  depth: number;
  /** False for a quotation that opens and runs to the end of the paragraph without a closing mark. */
  closed: boolean;
}

export interface QuotationOptions {
  /**
   * Also return an outermost quotation that is never closed, running to the
   * paragraph's end (a capture cut off mid-quote, or the press convention of
   * a quotation continued in the next paragraph, whose paragraph has no
   * closing mark). Default false: sentence splitting must not let an
   * unmatched mark swallow the rest of a paragraph.
   */
  unclosed?: boolean;
}

/** Double marks by shape: the ones that look like openers and closers. Straight `"` is neither. */
const DOUBLE_OPENERS = new Set(['\u201C', '\u201E', '\u201F']);
const DOUBLE_CLOSERS = new Set(['\u201D']);
const GUILLEMETS: Record<string, string> = { '\u00AB': '\u00BB', '\u2039': '\u203A' };
const GUILLEMET_CLOSERS = new Set(Object.values(GUILLEMETS));
const DOUBLE = new Set(['"', ...DOUBLE_OPENERS, ...DOUBLE_CLOSERS]);

/** Characters before an opening mark: space, the paragraph start (''), opening brackets, dashes, a slash, other opening marks. */
const BEFORE_OPEN = /^(?:|[\s([{\u2014\u2013\-/\u201C\u201E\u2018\u00AB\u2039"'])$/u;
/** A letter, digit or mark of a word: what a closing mark is never followed by (else it is an apostrophe or a typo). */
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

interface Open {
  at: number;
  kind: 'double' | 'single' | 'guillemet';
  /** The closing mark a guillemet expects. */
  closer?: string;
}

/**
 * Quotations of one paragraph, sorted by opening offset (outer before inner).
 * Only closed quotations unless `options.unclosed`.
 */
export function findQuotations(p: string, options: QuotationOptions = {}): Quotation[] {
  const found: Quotation[] = [];
  const stack: Open[] = [];
  const close = (index: number, at: number) => {
    const o = stack[index]!;
    stack.length = index; // anything opened inside and never closed was not a quotation
    if (o.kind !== 'single' || at - o.at > 2) found.push({ open: o.at, close: at, depth: index, closed: true });
  };
  const innermost = (kind: Open['kind']) => {
    for (let k = stack.length - 1; k >= 0; k--) if (stack[k]!.kind === kind) return k;
    return -1;
  };
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    const before = p[i - 1] ?? '';
    const after = p[i + 1] ?? '';
    const opensHere = BEFORE_OPEN.test(before) && after !== '' && !/\s/u.test(after);
    const closesHere = before !== '' && !/\s/u.test(before) && !WORD_CHAR.test(after);
    if (c in GUILLEMETS) stack.push({ at: i, kind: 'guillemet', closer: GUILLEMETS[c] });
    else if (GUILLEMET_CLOSERS.has(c)) {
      const k = stack.findLastIndex((o) => o.kind === 'guillemet' && o.closer === c);
      if (k >= 0) close(k, i);
    } else if (DOUBLE.has(c)) {
      const k = innermost('double');
      if (k >= 0 && closesHere && !opensHere) close(k, i);
      else if (opensHere && !closesHere) stack.push({ at: i, kind: 'double' });
      else if (DOUBLE_OPENERS.has(c)) stack.push({ at: i, kind: 'double' });
      else if (k >= 0) close(k, i); // a closer by shape, or a straight mark while a quotation is open
      else if (c === '"' && !closesHere) stack.push({ at: i, kind: 'double' }); // a straight mark closing nothing is stray (an inch mark)
    } else if (c === '\u2018' || c === "'" || c === '\u2019') {
      const k = innermost('single');
      if (k >= 0 && k === stack.length - 1 && closesHere && c !== '\u2018') close(k, i);
      else if (c !== '\u2019' && BEFORE_OPEN.test(before) && /[\p{L}\p{N}]/u.test(after)) stack.push({ at: i, kind: 'single' });
    }
  }
  if (options.unclosed) {
    const outer = stack.find((o) => o.kind !== 'single');
    if (outer && stack.indexOf(outer) === 0) found.push({ open: outer.at, close: p.length, depth: 0, closed: false });
  }
  return found.sort((x, y) => x.open - y.open || y.close - x.close);
}

/** True when `[start, end)` (or the point `start`) lies between the marks of one of the quotations. */
export function insideQuotation(quotations: readonly Quotation[], start: number, end = start): boolean {
  return quotations.some((q) => start > q.open && end <= q.close);
}

/** The outermost quotations only (depth 0): the statements, not phrases quoted inside them. */
export const outermost = (quotations: readonly Quotation[]) => quotations.filter((q) => q.depth === 0);
