import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentAccount } from '@lib/engine/index.ts';
import { accountParts, PART_CHARS, partOf, partsOfAccount, partUrl, sentenceUrl } from '@lib/site/account-parts.ts';
import { accountPartView } from '@lib/site/account-page.ts';
import { sentenceCoverage } from '@lib/site/coverage.ts';
import { accountUrl } from '@lib/site/routes.ts';

/** Paragraphs of numbered sentences (each `words` words long), `perParagraph` sentences a paragraph. */
function longText(paragraphs: number, perParagraph: number, words = 12): string[] {
  let n = 0;
  return Array.from({ length: paragraphs }, () =>
    Array.from({ length: perParagraph }, () => `Sentence ${++n} says ${Array.from({ length: words - 3 }, (_, i) => `word${i}`).join(' ')}.`).join(' '),
  );
}

/** The text each part's page prints, paragraph by paragraph (a paragraph split over two parts is two pieces). */
function printedParts(paragraphs: string[], maxChars: number) {
  const { segments } = segmentAccount({ id: 'x', paragraphs });
  const parts = accountParts(segments, { maxChars });
  const covered = sentenceCoverage(segments, [], paragraphs);
  return { parts, segments, views: parts.map((p) => accountPartView('s', 'x', parts, covered, p.number)) };
}

describe('account parts', () => {
  it('a short account is one part: the account URL, every sentence on it', () => {
    const paragraphs = longText(5, 4);
    expect(partsOfAccount({ paragraphs })).toHaveLength(1);
    const parts = partsOfAccount({ paragraphs });
    expect(sentenceUrl('s', 'x', 17, parts)).toBe(`${accountUrl('s', 'x')}#s18`);
    const { segments } = segmentAccount({ id: 'x', paragraphs });
    const view = accountPartView('s', 'x', parts, sentenceCoverage(segments, [], paragraphs), 1);
    // Nothing to navigate: the page is the page it always was.
    expect(view.links).toEqual([]);
    expect(view.paragraphs.map((p) => p.segments.map((s) => s.text).join(''))).toEqual(paragraphs);
  });

  it('a long account is split at sentence ends, each part within its budget, the first at the account URL', () => {
    const paragraphs = longText(400, 6); // about 30,000 words
    const parts = partsOfAccount({ paragraphs });
    expect(parts.length).toBeGreaterThan(3);
    const { segments } = segmentAccount({ id: 'x', paragraphs });
    for (const p of parts) expect(segments.slice(p.first, p.end).reduce((n, s) => n + s.text.length, 0)).toBeLessThanOrEqual(PART_CHARS);
    expect(parts[0]!.first).toBe(0);
    expect(parts.at(-1)!.end).toBe(segments.length);
    expect(partUrl('s', 'x', 1)).toBe(accountUrl('s', 'x'));
    expect(partUrl('s', 'x', 3)).toBe(`${accountUrl('s', 'x')}part/3/`);
    // A sentence link lands on the part holding it.
    const last = segments.length - 1;
    expect(sentenceUrl('s', 'x', last, parts)).toBe(`${accountUrl('s', 'x')}part/${parts.length}/#s${last + 1}`);
    expect(partOf(parts, parts[1]!.first).number).toBe(2);
    expect(partOf(parts, parts[1]!.first - 1).number).toBe(1);
  });

  it('prefers a paragraph end near the budget to a cut inside a paragraph', () => {
    const paragraphs = longText(60, 5);
    const { parts, segments } = printedParts(paragraphs, 2_000);
    expect(parts.length).toBeGreaterThan(5);
    // Every part but the first opens a paragraph: paragraphs here are far shorter than the slack.
    expect(parts.filter((p) => p.continuesParagraph)).toEqual([]);
    for (const p of parts.slice(1)) expect(segments[p.first]!.paragraph).not.toBe(segments[p.first - 1]!.paragraph);
  });

  it('cuts inside a paragraph longer than a part, and says so at both ends', () => {
    const paragraphs = ['A short opening paragraph.', longText(1, 400)[0]!, 'A short closing paragraph.'];
    const { parts, views } = printedParts(paragraphs, 3_000);
    expect(parts.some((p) => p.continuesParagraph)).toBe(true);
    const middle = views[1]!;
    expect(middle.continuesFromPrevious).toBe(true);
    expect(views[0]!.continuesOnNext).toBe(true);
    expect(middle.links.map((l) => l.current)).toEqual(parts.map((p) => p.number === 2));
    expect(middle.previous?.href).toBe(accountUrl('s', 'x'));
    expect(middle.next?.href).toBe(`${accountUrl('s', 'x')}part/3/`);
    expect(middle.links[1]!.opening.length).toBeLessThanOrEqual(61);
  });

  it('a single sentence longer than a part is a part of its own, never cut', () => {
    const huge = `${'x'.repeat(5_000)}.`;
    const { parts, segments } = printedParts(['Before it.', huge, 'After it.'], 1_000);
    const holding = parts.find((p) => segments.slice(p.first, p.end).some((s) => s.text.includes(huge)))!;
    expect(holding.end - holding.first).toBe(1);
  });

  it('property: every character of the capture is on exactly one part, in order (ground truth across parts)', () => {
    const sentence = fc.stringMatching(/^[A-Z][a-z ,’"“”é👩‍👩‍👧]{0,40}[.!?] ?$/u);
    const paragraph = fc.array(sentence, { minLength: 1, maxLength: 8 }).map((s) => s.join(''));
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 30 }), fc.integer({ min: 20, max: 400 }), (paragraphs, maxChars) => {
        const { parts, views, segments } = printedParts(paragraphs, maxChars);
        // Parts tile the segments: contiguous, in order, none empty, each within the budget (or one sentence).
        parts.forEach((p, i) => {
          expect(p.number).toBe(i + 1);
          expect(p.end).toBeGreaterThan(p.first);
          if (p.end - p.first > 1) expect(segments.slice(p.first, p.end).reduce((n, s) => n + s.text.length, 0)).toBeLessThanOrEqual(maxChars);
          if (i > 0) expect(p.first).toBe(parts[i - 1]!.end);
        });
        // Joining the pieces each part prints (a split paragraph's two pieces joined) gives back the paragraphs.
        const pieces = views.flatMap((v, i) => v.paragraphs.map((p, j) => ({ index: p.index, text: p.segments.map((s) => s.text).join(''), joinsPrevious: j === 0 && i > 0 && views[i]!.continuesFromPrevious })));
        const rebuilt: { index: number; text: string }[] = [];
        for (const piece of pieces) {
          if (piece.joinsPrevious) rebuilt[rebuilt.length - 1]!.text += piece.text;
          else rebuilt.push({ index: piece.index, text: piece.text });
        }
        expect(rebuilt.map((p) => p.text)).toEqual(paragraphs.filter((p) => /\S/u.test(p)));
        // Each sentence anchor is on one part only.
        const anchors = views.flatMap((v) => v.paragraphs.flatMap((p) => p.segments.map((s) => s.index)));
        expect(new Set(anchors).size).toBe(anchors.length);
      }),
      { numRuns: 150 },
    );
  });
});
