/** HTML extraction keeps structure and every word (issue 12, case 3), on a page written for this test. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtmlCapture } from '@lib/ingest/html.ts';
import { FIXTURES, INFERRED, STORY, copyContent, refusal } from './helpers.ts';

const page = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');
/** An article page around `body`: enough prose for Readability to take it for an article. */
const article = (body: string) =>
  `<!doctype html><html><head><title>T</title></head><body><nav><a href="/">Home</a></nav><article>` +
  '<p>The regional assembly met on Thursday to debate the new water tariff, which would rise by a tenth from the spring if it passes a final vote next week.</p>' +
  `${body}<p>Members are expected to vote on the tariff next week, after the finance committee has published its report on the costs.</p></article></body></html>`;

describe('HTML extraction keeps the structure and every word', () => {
  const { paragraphs } = parseHtmlCapture(page('structure.html'));

  it('a <br> is a line break, not glue between words', () => {
    expect(paragraphs).toContain('The plan\'s address to residents was signed by the mayor\nand by the chair of the harbour board,\nwho both attended the meeting.');
    expect(paragraphs.join(' ')).not.toMatch(/mayorand|board,who/);
  });
  it('paragraphs inside a blockquote and list items stay apart', () => {
    expect(paragraphs).toEqual(expect.arrayContaining(['We cannot keep pumping out the market every February.', 'This wall is the cheapest thing we will ever build.']));
    expect(paragraphs).toEqual(expect.arrayContaining(['a higher wall along the old quay, about 400 metres long;', 'new pumps at the market hall, with a backup generator.']));
  });
  it('table rows are paragraphs with cells separated by a tab, the caption kept', () => {
    expect(paragraphs).toEqual(expect.arrayContaining(['Cost of the works', 'Item\tCost', 'Sea wall\t2.4 million', 'Pumps\t0.6 million']));
  });
  it('definition-list terms and definitions are kept', () => {
    expect(paragraphs).toEqual(expect.arrayContaining(['Raised by 80 centimetres along the quay.', 'Two pumps, each moving 300 litres a second.']));
  });
  it('<pre> keeps its spaces and line breaks', () => {
    expect(paragraphs).toContain('  Vote:   11 for\n          2 against');
  });
  it('every word of the article is kept, in order; navigation and footer are not', () => {
    const words = paragraphs.join(' ').split(/\s+/);
    for (const w of ['harbour', 'February.', 'generator.', '2.4', 'litres', 'summers,', 'against', 'office.']) expect(words).toContain(w);
    expect(words).not.toContain('Weather');
    expect(words).not.toContain('Contact');
  });
  it('<br><br> ends a paragraph; a spacer block of &nbsp; only is counted, not made a paragraph', () => {
    const parsed = parseHtmlCapture(article('<p>First line of a letter.<br><br>Second paragraph of it.</p><div>&nbsp;</div>'));
    expect(parsed.paragraphs).toEqual(expect.arrayContaining(['First line of a letter.', 'Second paragraph of it.']));
    expect(parsed.paragraphs.some((p) => p.trim() === '')).toBe(false);
  });
});

describe('a page with no article is refused clearly', () => {
  it('a navigation-only page', () => {
    expect(() => parseHtmlCapture(page('nav-only.html'))).toThrow('expected an article in the HTML page, but 100% of the text Readability found is link text (a menu or a list of links, not an article)');
  });
  it('an empty page', () => {
    expect(() => parseHtmlCapture('<!doctype html><html><body></body></html>')).toThrow(/^expected an article in the HTML page/);
  });
  it('through ingest, with nothing written', async () => {
    const contentDir = copyContent();
    const message = await refusal({ story: STORY, version: 'nav', outlet: 'antiwar', published: '2021-05-19', capture: path.join(FIXTURES, 'nav-only.html'), contentDir, ...INFERRED });
    expect(message).toMatch(/^<capture> ".*nav-only\.html": expected an article in the HTML page, but 100% of the text .* is link text/);
  });
});
