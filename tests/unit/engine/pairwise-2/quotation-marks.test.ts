import { describe, expect, it } from 'vitest';
import { findQuotations, insideQuotation, outermost } from '@lib/engine/quotation.ts';

/*
 * The quotation finder on the marks news pages mix: guillemets, curly and straight double marks,
 * single marks that are sometimes apostrophes, nesting, and a capture cut off mid-quote. Each
 * fixture is an invented news sentence; the assertions are what a reader sees as quoted.
 */
const found = (p: string, unclosed = false) => findQuotations(p, { unclosed }).map((q) => [p.slice(q.open + 1, q.close), q.depth, q.closed] as const);
const quoted = (p: string, unclosed = false) => found(p, unclosed).map(([text]) => text);

describe('guillemets', () => {
  it('pair by shape, nest, and close only with their own closing mark', () => {
    expect(found('Er sagte «die ‹neue› Regel gilt ab Mai» und ging.')).toEqual([
      ['die ‹neue› Regel gilt ab Mai', 0, true],
      ['neue', 1, true],
    ]);
    // A › inside «…» closes nothing: only » closes «.
    expect(quoted('Le ministre a dit «la réforme › attendra» hier.')).toEqual(['la réforme › attendra']);
    expect(quoted('An orphan » closes nothing, and ‹ this › is one.')).toEqual([' this ']);
  });
});

describe('double marks', () => {
  it('an opening curly mark opens even inside a word; a straight mark then closes it', () => {
    expect(quoted('The so“called" truce held until dawn.')).toEqual(['called']);
  });

  it('a straight mark between two words opens when nothing is open, and the next one closes', () => {
    expect(quoted('The sign read CLOSED"until further notice" at the gate.')).toEqual(['until further notice']);
  });

  it('an inch mark after a figure closes nothing and opens nothing', () => {
    expect(found('A 12" pipe burst, the engineer said, and "we shut the valve" at once.')).toEqual([['we shut the valve', 0, true]]);
  });

  it('a mark in a closing position closes whatever its shape, even a retyped opening mark', () => {
    expect(quoted('The mayor said “the port is closed“ on Monday.')).toEqual(['the port is closed']);
  });

  it('a closing mark glued to the next word still closes an open quotation (a missing space)', () => {
    expect(quoted('They signed “the accord”today at noon.')).toEqual(['the accord']);
  });

  it('a closing-shaped mark between two letters opens nothing when no quotation is open', () => {
    expect(quoted('Ministers”met” in Geneva on Friday.')).toEqual([]);
  });

  it('a mark between two spaces closes an open quotation rather than opening another', () => {
    expect(found('“We will stay ” he said, “and fight.”')).toEqual([
      ['We will stay ', 0, true],
      ['and fight.', 0, true],
    ]);
  });
});

describe('single marks', () => {
  it('quote a word of two letters or more, never one letter between two apostrophes', () => {
    expect(quoted("He answered 'OK' and left the room.")).toEqual(['OK']);
    expect(quoted("The band played rock 'n' roll all night.")).toEqual([]);
  });

  it('a single quotation holds a double one, and closes after it', () => {
    expect(found('Officials called it ‘a “historic” step’, he said.')).toEqual([
      ['a “historic” step', 0, true],
      ['historic', 1, true],
    ]);
  });

  it('an opening single mark never closes, and a closing one never opens', () => {
    expect(quoted('The ‘first‘ vote was close.')).toEqual([]);
    expect(quoted('The ’first’ vote was close.')).toEqual([]);
    expect(quoted('The ‘first’ vote was close.')).toEqual(['first']);
  });

  it('a single mark left open inside a double quotation is dropped with it: an apostrophe', () => {
    expect(found('“Ministers’ plans and the ‘reform were set aside,” she said.')).toEqual([['Ministers’ plans and the ‘reform were set aside,', 0, true]]);
  });

  it('a closing single mark inside a double quotation opened after the single one is an apostrophe', () => {
    // ‘ opens, “ opens inside it; the ’ of "workers’" cannot close the single quotation past the open double one.
    expect(found('She wrote ‘the “workers’ union” agreed’ on Monday.')).toEqual([
      ['the “workers’ union” agreed', 0, true],
      ['workers’ union', 1, true],
    ]);
  });
});

describe('a quotation the capture cuts off', () => {
  it('runs to the end, after the closed ones, and is listed in opening order', () => {
    const p = 'He said “yes” and then “we will see ‘soon’ what happens';
    expect(found(p, true)).toEqual([
      ['yes', 0, true],
      ['we will see ‘soon’ what happens', 0, false],
      ['soon', 1, true],
    ]);
    expect(found(p)).toEqual([
      ['yes', 0, true],
      ['soon', 1, true],
    ]);
  });

  it('is not one when an open single mark stands before it (that mark was an apostrophe or a typo)', () => {
    expect(quoted('The note read ‘no entry “for visitors', true)).toEqual([]);
  });

  it('an open single mark alone runs to nothing', () => {
    expect(quoted('The banner said ‘welcome home', true)).toEqual([]);
  });
});

describe('inside a quotation', () => {
  const p = 'He said “yes” twice.';
  const qs = findQuotations(p);
  const [open, close] = [p.indexOf('“'), p.indexOf('”')];

  it('a range between the marks is inside; the opening mark is not; a range past the closing mark is not', () => {
    expect(insideQuotation(qs, open + 1, close)).toBe(true);
    expect(insideQuotation(qs, open)).toBe(false);
    expect(insideQuotation(qs, open + 1, close + 1)).toBe(false);
    expect(insideQuotation([], open + 1)).toBe(false);
  });

  it('the outermost quotations are the statements, not phrases quoted inside them', () => {
    const nested = findQuotations('“They called it ‘fair’,” he said, and “no” was her reply.');
    expect(outermost(nested).map((q) => q.depth)).toEqual([0, 0]);
    expect(nested).toHaveLength(3);
  });
});
