import { describe, expect, it } from 'vitest';
import { tokenize } from '@lib/engine/tokenize.ts';

/*
 * A Prepend character (GB9b, U+0600 ARABIC NUMBER SIGN here) joins the character after it unless
 * that is a Control, CR or LF (GB5), whatever token it starts: a tab or line break (space tokens),
 * a C0 or C1 control such as U+0001 or U+0085, a format character such as the soft hyphen (mark
 * tokens). Checked against `Intl.Segmenter` for every code point of the general categories GB5
 * draws from (Cc, Cf, Zl, Zp, and the default-ignorables), and for the code points on either side
 * of each, so that every edge of the rule is read.
 */
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
const FROM = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{DI}]/u;

function codePointsNearControls(): number[] {
  const out = new Set<number>();
  for (let c = 0; c <= 0x10ffff; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    if (FROM.test(String.fromCodePoint(c))) for (const d of [c - 1, c, c + 1]) if (d >= 0 && d <= 0x10ffff && (d < 0xd800 || d > 0xdfff)) out.add(d);
  }
  return [...out];
}

describe('GB5 after a Prepend character', () => {
  it('the sign stays a token of its own exactly when Intl.Segmenter breaks after it', () => {
    const wrong: string[] = [];
    const points = codePointsNearControls();
    for (const c of points) {
      const s = `\u0600${String.fromCodePoint(c)}`;
      const breaks = [...graphemes.segment(s)].length === 2;
      const alone = tokenize(s)[0]!.text === '\u0600';
      if (breaks !== alone) wrong.push(c.toString(16));
    }
    expect(points.length).toBeGreaterThan(4000);
    expect(wrong).toEqual([]);
  });

  it('a C0 control, a C1 control and a soft hyphen after the sign are tokens of their own; a letter or a no-break space joins it', () => {
    const texts = (s: string) => tokenize(s).map((t) => t.text);
    expect(texts('\u0600\u0001')).toEqual(['\u0600', '\u0001']);
    expect(texts('\u0600\u0085')).toEqual(['\u0600', '\u0085']);
    expect(texts('\u0600\u00AD')).toEqual(['\u0600', '\u00AD']);
    expect(texts('\u0600\u00A0')).toEqual(['\u0600\u00A0']);
    expect(texts('\u0600\u0661')).toEqual(['\u0600\u0661']);
  });
});
