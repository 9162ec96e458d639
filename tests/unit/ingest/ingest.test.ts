import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/lib/content/corpus.ts';
import { parsePlainCapture } from '../../../src/lib/ingest/plain.ts';
import { parseHtmlCapture } from '../../../src/lib/ingest/html.ts';
import { ingest } from '../../../src/lib/ingest/ingest.ts';
import { REPO, STORY, copyContent } from '../content/fixtures.ts';

describe('plain-text captures', () => {
  it('splits on blank lines and keeps single newlines inside a paragraph', () => {
    expect(parsePlainCapture('One.\n\n\n\nTwo a\nTwo b\n\nThree.').paragraphs).toEqual(['One.', 'Two a\nTwo b', 'Three.']);
  });
  it('splits one paragraph per line when the capture has no blank line', () => {
    expect(parsePlainCapture('First line.\nComment: second.\nThird.').paragraphs).toEqual(['First line.', 'Comment: second.', 'Third.']);
  });
  it('moves a leading scraper stamp to the published date', () => {
    expect(parsePlainCapture(' date 2021-05-20 Russian Foreign Minister.\n\nNext.')).toEqual({ paragraphs: ['Russian Foreign Minister.', 'Next.'], stampedDate: '2021-05-20' });
  });
  it('keeps spaces and non-breaking spaces inside paragraphs', () => {
    expect(parsePlainCapture('News\u00a0 / \u00a0Russia\n\nA "quote " here. ').paragraphs).toEqual(['News\u00a0 / \u00a0Russia', 'A "quote " here. ']);
  });
});

describe('saved HTML pages', () => {
  const page = parseHtmlCapture(readFileSync(path.join(REPO, 'tests/fixtures/article.html'), 'utf8'));
  it('extracts the article paragraphs without navigation or footer', () => {
    expect(page.paragraphs).toContain('Officials said the meeting lasted nearly two hours & covered Ukraine, arms control and the detention of U.S. citizens in Russia.');
    expect(page.paragraphs).toContain('Write <script> tags as text: they are quoted, not run.');
    expect(page.paragraphs.join(' ')).not.toMatch(/Home|Share this article/);
  });
  it('takes headline, author, date and canonical URL from the page', () => {
    expect(page).toMatchObject({
      headline: 'Talks in Reykjavik end without breakthrough',
      author: 'Jane Example',
      published: '2021-05-19',
      url: 'https://news.example.org/2021/05/reykjavik-talks',
    });
  });
});

describe('ingest', () => {
  const capture = path.join(REPO, 'tests/fixtures/article.html');
  const base = { story: STORY, version: 'example-news', outlet: 'antiwar' };

  it('writes an entry that the corpus loads back with the same paragraphs', async () => {
    const contentDir = copyContent();
    const written = await ingest({ ...base, capture, contentDir });
    expect(written).toBe(path.join(contentDir, 'stories', STORY, 'example-news.md'));
    const entry = (await loadCorpus(contentDir)).versions.find((v) => v.version === 'example-news')!;
    expect(entry.data).toMatchObject({ outlet: 'antiwar', published: '2021-05-19', source: 'article.html', author: 'Jane Example' });
    expect(entry.paragraphs).toEqual(parseHtmlCapture(readFileSync(capture, 'utf8')).paragraphs);
  });

  it('refuses to overwrite an entry unless forced', async () => {
    const contentDir = copyContent();
    const target = path.join(contentDir, 'stories', STORY, 'rferl.md');
    const before = readFileSync(target, 'utf8');
    await expect(ingest({ ...base, version: 'rferl', capture, contentDir })).rejects.toThrow(/rferl\.md exists already; pass --force/);
    expect(readFileSync(target, 'utf8')).toBe(before);
    await ingest({ ...base, version: 'rferl', capture, contentDir, force: true });
    expect(readFileSync(target, 'utf8')).not.toBe(before);
  });

  it('fails clearly on an unknown outlet or story', async () => {
    const contentDir = copyContent();
    await expect(ingest({ ...base, outlet: 'nope', capture, contentDir })).rejects.toThrow(/unknown outlet "nope": expected one of antiwar, .*outlets\.json/);
    await expect(ingest({ ...base, story: 'nope', capture, contentDir })).rejects.toThrow(/unknown story "nope".*create .*stories\/nope\.md first/);
    expect(existsSync(path.join(contentDir, 'stories', STORY, 'example-news.md'))).toBe(false);
  });

  it('asks for --published when a plain capture has no stamp', async () => {
    const contentDir = copyContent();
    const plain = path.join(contentDir, 'capture.txt');
    writeFileSync(plain, 'A sentence without a date.\n');
    await expect(ingest({ ...base, capture: plain, contentDir })).rejects.toThrow(/--published: .*pass --published YYYY-MM-DD/);
  });

  it('re-ingesting a seed writes the committed entry byte for byte', async () => {
    const contentDir = copyContent();
    const seed = path.resolve(REPO, '../shared/seeds/000_e681bf5042595bdb.txt');
    const target = await ingest({ story: STORY, version: 'rferl', outlet: 'rferl', capture: seed, contentDir, force: true });
    expect(readFileSync(target, 'utf8')).toBe(readFileSync(path.join(REPO, 'content/stories', STORY, 'rferl.md'), 'utf8'));
  });
});
