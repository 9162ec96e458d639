/**
 * Lossless, documented (issue 12, case 6): a plain capture's paragraphs are its characters in order,
 * the only change being line endings (CRLF and lone CR each become one LF); whitespace between
 * paragraphs is layout; a block of other whitespace is refused, never dropped. Property tests, over
 * captures built from words, spaces, tabs, NBSP and every kind of line ending.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseParagraphs } from '@lib/content/markdown.ts';
import { renderVersionEntry } from '@lib/ingest/ingest.ts';
import { parsePlainCapture, PlainTextError } from '@lib/ingest/plain.ts';

const piece = fc.oneof(
  fc.constantFrom('word', 'Wort', 'ĉu', '“quoted”', '*not emphasis*', '# not a heading', '<b>', '1.', '&amp;', '\\'),
  fc.constantFrom(' ', '  ', '\t', '\u00a0'),
  fc.constantFrom('\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\r\r', '\n \n', '\n\t\n'),
);
const capture = fc.array(piece, { minLength: 1, maxLength: 40 }).map((parts) => parts.join(''));

/** The capture as text: line endings normalised, nothing else. */
const normalised = (raw: string) => raw.replace(/\r\n?/g, '\n');

describe('plain captures are lossless', () => {
  it('paragraphs hold every character but layout whitespace, in order; no CR survives (property)', () => {
    fc.assert(
      fc.property(capture, (raw) => {
        let parsed;
        try {
          parsed = parsePlainCapture(raw);
        } catch (error) {
          // Refused only for a block of nothing but non-layout whitespace, never silently.
          expect(error).toBeInstanceOf(PlainTextError);
          expect((error as Error).message).toMatch(/^line \d+ holds only whitespace \(U\+[0-9A-F]{4}/);
          return;
        }
        const text = normalised(raw);
        for (const p of parsed.paragraphs) expect(p).not.toMatch(/\r/);
        // Walk the text: each paragraph follows the previous one with only spaces, tabs and newlines between.
        let at = 0;
        for (const p of parsed.paragraphs) {
          const found = text.indexOf(p, at);
          expect(found).toBeGreaterThanOrEqual(at);
          expect(text.slice(at, found)).toMatch(/^[ \t\n]*$/);
          at = found + p.length;
        }
        expect(text.slice(at)).toMatch(/^[ \t\n]*$/);
        expect(parsed.lineEndings.crlf + parsed.lineEndings.cr).toBe((raw.match(/\r\n?/g) ?? []).length);
      }),
      { numRuns: 500 },
    );
  });

  it('an entry written from a capture reads back as exactly its paragraphs (property)', () => {
    fc.assert(
      fc.property(capture, (raw) => {
        let paragraphs: string[];
        try {
          paragraphs = parsePlainCapture(raw).paragraphs;
        } catch {
          return;
        }
        if (paragraphs.length === 0) return;
        const entry = renderVersionEntry({ outlet: 'x', published: '2021-05-19', attribution: { method: 'inferred', evidence: 'Test.' } }, paragraphs);
        expect(parseParagraphs(entry.slice(entry.indexOf('\n---\n') + 5))).toEqual(paragraphs);
      }),
      { numRuns: 300 },
    );
  });

  it('CR and CRLF line ends become line breaks, counted', () => {
    expect(parsePlainCapture('One\r\ntwo.\r\n\r\nThree\rfour.\r\rFive.')).toEqual({ paragraphs: ['One\ntwo.', 'Three\nfour.', 'Five.'], lineEndings: { crlf: 3, cr: 3 } });
  });

  it('a whitespace-only paragraph is refused with its line, not dropped', () => {
    expect(() => parsePlainCapture('First.\n\n\u00a0\u00a0\n\nSecond.')).toThrow('line 3 holds only whitespace (U+00A0): expected text or a blank line');
    expect(() => parsePlainCapture('First.\nSecond.\n\u3000\nThird.')).toThrow(/^line 3 holds only whitespace \(U\+3000\)/);
  });
});
