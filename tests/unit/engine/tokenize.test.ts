import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countWords, tokenize } from '@lib/engine/tokenize.ts';
import { diffStrings } from '@lib/engine/diff.ts';

const show = (s: string) => tokenize(s).map((t) => [t.text, t.type]);
const texts = (s: string) => tokenize(s).map((t) => t.text);

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
/** Token starts that are not grapheme cluster boundaries (UAX #29, as `Intl.Segmenter` has it). */
function cuts(s: string): string[] {
  const boundaries = new Set([...graphemes.segment(s)].map((g) => g.index));
  return tokenize(s).filter((t) => !boundaries.has(t.start)).map((t) => `${JSON.stringify(t.text)} at ${t.start}`);
}

describe('tokenize', () => {
  it('tiles the input exactly, with offsets', () => {
    const s = 'U.S. talks—“no” 2,000 café\u00a0東京 👍🏽\n<b>x</b>';
    const tokens = tokenize(s);
    expect(tokens.map((t) => t.text).join('')).toBe(s);
    for (const t of tokens) expect(s.slice(t.start, t.start + t.text.length)).toBe(t.text);
  });

  it('keeps abbreviations, inner apostrophes and numbers whole', () => {
    expect(show('U.S. Russia’s 2,000 19.5%')).toEqual([
      ['U.S.', 'word'], [' ', 'space'], ['Russia’s', 'word'], [' ', 'space'],
      ['2,000', 'number'], [' ', 'space'], ['19.5', 'number'], ['%', 'mark'],
    ]);
  });

  it('splits run-ons and hyphenated words at punctuation', () => {
    expect(show('Wednesday.The face-to-face').map(([t]) => t)).toEqual(['Wednesday', '.', 'The', ' ', 'face', '-', 'to', '-', 'face']);
  });

  it('makes each CJK character a word and keeps combining marks on their letter', () => {
    expect(show('東京に')).toEqual([['東', 'word'], ['京', 'word'], ['に', 'word']]);
    expect(show('e\u0301te')).toEqual([['e\u0301te', 'word']]);
  });

  it('counts words and numbers only', () => {
    expect(countWords('“Hello,” he said — 3 times.')).toBe(5);
    expect(countWords(' … ')).toBe(0);
  });
});

describe('tokenize: emoji are whole tokens', () => {
  it.each([
    ['family (ZWJ sequence)', '👩‍👩‍👧‍👦'],
    ['family, other child', '👩‍👩‍👧‍👧'],
    ['skin tone', '👋🏽'],
    ['skin tone + ZWJ + gender', '🏃🏿‍♀️'],
    ['flag (regional-indicator pair)', '🇺🇦'],
    ['rainbow flag (variation selector + ZWJ)', '🏳️‍🌈'],
    ['transgender flag', '🏳️‍⚧️'],
    ['subdivision flag (tags)', '🏴󠁧󠁢󠁳󠁣󠁴󠁿'],
    ['keycap', '1️⃣'],
    ['keycap #', '#️⃣'],
    ['emoji presentation', '❤️'],
    ['text pictograph', '©'],
  ])('%s', (_, emoji) => {
    expect(show(`a ${emoji} b`)).toEqual([['a', 'word'], [' ', 'space'], [emoji, 'mark'], [' ', 'space'], ['b', 'word']]);
    expect(show(`${emoji}${emoji}`)).toEqual([[emoji, 'mark'], [emoji, 'mark']]);
  });

  it('pairs regional indicators from the start of a run', () => {
    expect(texts('🇺🇦🇺🇸🇫')).toEqual(['🇺🇦', '🇺🇸', '🇫']);
    expect(texts('x🇫🇺🇦')).toEqual(['x', '🇫🇺', '🇦']);
  });

  it('keeps a skin tone or ZWJ that follows a letter on the word', () => {
    expect(texts('a🏽 b\u200D👩')).toEqual(['a🏽', ' ', 'b\u200D', '👩']);
  });

  it('a changed family member is a change of the whole family', () => {
    const { diff } = diffStrings('The family 👩‍👩‍👧‍👦 waved 👋🏽 flying 🇺🇦.', 'The family 👩‍👩‍👧‍👧 waved 👋🏿 flying 🇺🇸.', { cleanup: false });
    const changed = diff.filter(([op]) => op !== 0).map(([op, t]) => [op, t]);
    expect(changed).toEqual([[-1, '👩‍👩‍👧‍👦'], [1, '👩‍👩‍👧‍👧'], [-1, '👋🏽'], [1, '👋🏿'], [-1, '🇺🇦'], [1, '🇺🇸']]);
  });
});

describe('tokenize: combining marks stay with their base', () => {
  it('decomposed accents', () => {
    expect(show('re\u0301sume\u0301 re\u0301sume\u0300')).toEqual([['re\u0301sume\u0301', 'word'], [' ', 'space'], ['re\u0301sume\u0300', 'word']]);
    expect(texts('Tie\u0302\u0301ng Vie\u0323\u0302t Z̷̢a̶l̸g̵o̴')).toEqual(['Tie\u0302\u0301ng', ' ', 'Vie\u0323\u0302t', ' ', 'Z̷̢a̶l̸g̵o̴']);
  });

  it('a changed accent changes the whole word', () => {
    const { diff } = diffStrings('the re\u0301sume\u0301 was fine', 'the re\u0301sume\u0300 was fine');
    expect(diff.filter(([op]) => op !== 0).map(([, t]) => t)).toEqual(['re\u0301sume\u0301', 're\u0301sume\u0300']);
  });

  it('Devanagari, Arabic, Persian and Hebrew words', () => {
    expect(texts('नमस्ते क्‍ष')).toEqual(['नमस्ते', ' ', 'क्\u200Dष']); // virama, vowel signs, ZWJ half form
    expect(texts('مَرْحَبًا بِكُمْ')).toEqual(['مَرْحَبًا', ' ', 'بِكُمْ']); // harakat
    expect(texts('می‌خواهم')).toEqual(['می\u200Cخواهم']); // ZWNJ inside the word
    expect(texts('שָׁלוֹם')).toEqual(['שָׁלוֹם']);
  });

  it('a mark after a space or at the start is a cluster of its own, never a cut', () => {
    expect(show(' \u0301x')).toEqual([[' \u0301', 'mark'], ['x', 'word']]);
    expect(show('a  \u0301')).toEqual([['a', 'word'], [' ', 'space'], [' \u0301', 'mark']]);
    expect(show('a\n\u0301b')).toEqual([['a', 'word'], ['\n', 'space'], ['\u0301', 'mark'], ['b', 'word']]);
    expect(show('\u0301b')).toEqual([['\u0301', 'mark'], ['b', 'word']]);
  });

  it('a prepended mark (Arabic number sign) joins what follows', () => {
    expect(show('\u0600١٢٣ x')).toEqual([['\u0600١٢٣', 'number'], [' ', 'space'], ['x', 'word']]);
    expect(show('\u0600\n')).toEqual([['\u0600', 'mark'], ['\n', 'space']]);
  });
});

describe('tokenize: Chinese, Japanese, Korean', () => {
  it('each Han, Hiragana and Katakana character is a word', () => {
    expect(texts('我们今天去北京。')).toEqual(['我', '们', '今', '天', '去', '北', '京', '。']);
    expect(texts('東京に行きました')).toEqual(['東', '京', 'に', '行', 'き', 'ま', 'し', 'た']);
    expect(texts('カタカナ ｶﾀｶﾅ 人々')).toEqual(['カ', 'タ', 'カ', 'ナ', ' ', 'ｶ', 'ﾀ', 'ｶ', 'ﾅ', ' ', '人', '々']);
    expect(texts('𠮷野家')).toEqual(['𠮷', '野', '家']); // astral Han
  });

  it('a prolonged-sound or voiced-sound mark stays on its kana', () => {
    expect(texts('コーヒーを飲む')).toEqual(['コー', 'ヒー', 'を', '飲', 'む']);
    expect(texts('ｶﾞｲﾄﾞ か\u3099')).toEqual(['ｶﾞ', 'ｲ', 'ﾄﾞ', ' ', 'か\u3099']);
  });

  it('Latin letters and digits inside a CJK run stay words and numbers', () => {
    expect(show('2024年にNATOが')).toEqual([['2024', 'number'], ['年', 'word'], ['に', 'word'], ['NATO', 'word'], ['が', 'word']]);
  });

  it('Hangul is split at spaces, like Latin text', () => {
    expect(texts('한국어 문장입니다.')).toEqual(['한국어', ' ', '문장입니다', '.']);
  });

  it('word counts follow the tokens', () => {
    expect(countWords('我们今天去北京。')).toBe(7);
    expect(countWords('東京に行きました')).toBe(8);
    expect(countWords('コーヒーを飲む')).toBe(5);
    expect(countWords('한국어 문장입니다.')).toBe(2);
    expect(countWords('2024年にNATOが')).toBe(5);
  });
});

describe('tokenize: properties', () => {
  const FRAGMENTS = [
    'a', 'Z', 'é', 'e', '1', '2,000', '.', ',', '’', "'", '-', '—', '#', '*', ' ', '  ', '\n', '\t', '\u00a0', '\r\n',
    '\u0301', '\u0300', '\u0323', '\u0302', '\u0336', '\u0903', '\u094d', '\u093f', '\u064e', '\u0652', '\u05b8',
    '\u200d', '\u200c', '\ufe0f', '\ufe0e', '\u20e3', '\u{1f3fb}', '\u{1f3ff}', '\u{e0067}', '\u{e007f}',
    '👩', '👧', '👦', '👋', '🏳', '🌈', '⚧', '♀', '❤', '🏴', 'ℹ', '©', '🇺', '🇦', '🇸', '🇫',
    '👩‍👩‍👧‍👦', '👋🏽', '🇺🇦', '🏳️‍🌈', '1️⃣', '🏴󠁧󠁢󠁳󠁣󠁴󠁿',
    'क', 'ष', 'न', 'م', 'ر', 'ש', '東', 'コ', 'ー', 'ｶ', 'ﾞ', '한', '\u1100', '\u1161', '\u11a8', 'ก', '\u0e33',
    '\u0600', '١', '\u0d4e', '\u200b', '\u00ad', '\ud800', '\udc00',
  ];
  const soup = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 30 }).map((xs) => xs.join(''));

  it('tokens never split a grapheme cluster (emoji sequences, combining marks)', () => {
    fc.assert(fc.property(soup, (s) => {
      expect(cuts(s)).toEqual([]);
    }), { numRuns: 2000 });
  });

  it('tokens never split a grapheme cluster (any code points, any graphemes)', () => {
    const any = fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 15 }));
    fc.assert(fc.property(any, (s) => {
      expect(cuts(s)).toEqual([]);
    }), { numRuns: 2000 });
  });

  it('tokens tile the input; countWords counts their words and numbers', () => {
    fc.assert(
      fc.property(soup, (s) => {
        const tokens = tokenize(s);
        expect(tokens.map((t) => t.text).join('')).toBe(s);
        let at = 0;
        for (const t of tokens) {
          expect(t.start).toBe(at);
          expect(t.text.length).toBeGreaterThan(0);
          at += t.text.length;
        }
        expect(countWords(s)).toBe(tokens.filter((t) => t.type === 'word' || t.type === 'number').length);
      }),
      { numRuns: 500 },
    );
  });
});
