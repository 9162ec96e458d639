import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '@lib/content/corpus.ts';
import { parsePlainCapture } from '@lib/ingest/plain.ts';
import { parseHtmlCapture } from '@lib/ingest/html.ts';
import { ingest } from '@lib/ingest/ingest.ts';
import { ARTICLE, INFERRED, STORY, capture, copyContent, fingerprint, refusal } from './helpers.ts';
import { SEEDS, CONTENT } from '../content/fixtures.ts';

describe('plain-text captures', () => {
  it('splits on blank lines and keeps single newlines inside a paragraph', () => {
    expect(parsePlainCapture('One.\n\n\n\nTwo a\nTwo b\n\nThree.').paragraphs).toEqual(['One.', 'Two a\nTwo b', 'Three.']);
  });
  it('splits one paragraph per line when the capture has no blank line', () => {
    expect(parsePlainCapture('First line.\nComment: second.\nThird.').paragraphs).toEqual(['First line.', 'Comment: second.', 'Third.']);
  });
  it('moves a leading scraper stamp to the published date', () => {
    expect(parsePlainCapture(' date 2021-05-20 Russian Foreign Minister.\n\nNext.')).toMatchObject({ paragraphs: ['Russian Foreign Minister.', 'Next.'], stampedDate: '2021-05-20' });
  });
  it('keeps spaces and non-breaking spaces inside paragraphs', () => {
    expect(parsePlainCapture('News\u00a0 / \u00a0Russia\n\nA "quote " here. ').paragraphs).toEqual(['News\u00a0 / \u00a0Russia', 'A "quote " here. ']);
  });
});

describe('saved HTML pages', () => {
  const page = parseHtmlCapture(readFileSync(ARTICLE, 'utf8'));
  it('extracts the article paragraphs without navigation or footer', () => {
    expect(page.paragraphs).toContain('Officials said the meeting lasted nearly two hours & covered Ukraine, arms control and the detention of U.S. citizens in Russia.');
    expect(page.paragraphs).toContain('Write <script> tags as text: they are quoted, not run.');
    expect(page.paragraphs.join(' ')).not.toMatch(/Home|Share this article/);
  });
  it('takes headline, author, date and canonical URL from the page, saying where from', () => {
    expect(page).toMatchObject({
      headline: { value: 'Talks in Reykjavik end without breakthrough', from: '<meta property="og:title">' },
      author: { value: 'Jane Example', from: '<meta name="author">' },
      published: { value: '2021-05-19', from: '<meta property="article:published_time">' },
      url: { value: 'https://news.example.org/2021/05/reykjavik-talks', from: '<link rel="canonical">' },
    });
  });
});

describe('ingest', () => {
  const base = { story: STORY, version: 'example-news', outlet: 'antiwar', ...INFERRED };

  it('writes an entry that the corpus loads back with the same paragraphs', async () => {
    const contentDir = copyContent();
    const { path: written } = await ingest({ ...base, capture: ARTICLE, contentDir });
    expect(written).toBe(path.join(contentDir, 'stories', STORY, 'example-news.md'));
    const entry = (await loadCorpus(contentDir)).versions.find((v) => v.version === 'example-news')!;
    expect(entry.data).toMatchObject({ outlet: 'antiwar', published: '2021-05-19', source: 'article.html', author: 'Jane Example', attribution: { method: 'inferred', evidence: 'A test capture.' } });
    expect(entry.paragraphs).toEqual(parseHtmlCapture(readFileSync(ARTICLE, 'utf8')).paragraphs);
  });

  it('refuses to overwrite an entry unless forced', async () => {
    const contentDir = copyContent();
    const target = path.join(contentDir, 'stories', STORY, 'rferl.md');
    const before = readFileSync(target, 'utf8');
    expect(await refusal({ ...base, version: 'rferl', capture: ARTICLE, contentDir })).toMatch(/--version: .*rferl\.md exists already; pass --force/);
    await ingest({ ...base, version: 'rferl', capture: ARTICLE, contentDir, force: true });
    expect(readFileSync(target, 'utf8')).not.toBe(before);
  });

  it('fails clearly on an unknown outlet or story', async () => {
    const contentDir = copyContent();
    expect(await refusal({ ...base, outlet: 'nope', capture: ARTICLE, contentDir })).toMatch(/--outlet: unknown outlet "nope": expected one of antiwar, .*outlets\.json/);
    expect(await refusal({ ...base, story: 'nope', capture: ARTICLE, contentDir })).toMatch(/--story: unknown story "nope".*stories\/nope\.md; create it first/);
  });

  it('asks for --published when a plain capture has no stamp, and names a bad --published as such', async () => {
    const contentDir = copyContent();
    const plain = capture(contentDir, 'capture.txt', 'A sentence without a date.\n');
    expect(await refusal({ ...base, capture: plain, contentDir })).toMatch(/--published: the capture gives no publication date \(no leading "date YYYY-MM-DD" stamp\); pass --published YYYY-MM-DD/);
    const bad = await refusal({ ...base, capture: plain, contentDir, published: '2021-13-01' });
    expect(bad).toBe('--published: expected a real calendar date written YYYY-MM-DD, got "2021-13-01"');
    expect(bad).not.toMatch(/no date stamp|no publication date/);
  });

  it('says that an HTML page\'s published_time of "yesterday" is not a date, instead of calling it missing', async () => {
    const contentDir = copyContent();
    const page = capture(contentDir, 'page.html', readFileSync(ARTICLE, 'utf8').replace('content="2021-05-19T18:30:00Z"', 'content="yesterday"'));
    expect(await refusal({ ...base, capture: page, contentDir })).toBe('--published: the page\'s <meta property="article:published_time"> says "yesterday", which is not a date written YYYY-MM-DD; pass --published YYYY-MM-DD');
  });

  it('re-ingesting a seed writes the committed entry byte for byte', async () => {
    const contentDir = copyContent();
    const committed = path.join(CONTENT, 'stories', STORY, 'rferl.md');
    const evidence = (await loadCorpus(CONTENT)).versions.find((v) => v.version === 'rferl')!.data.attribution.evidence;
    const { path: target } = await ingest({ story: STORY, version: 'rferl', outlet: 'rferl', capture: path.join(SEEDS, '000_e681bf5042595bdb.txt'), contentDir, force: true, attribution: 'inferred', evidence });
    expect(readFileSync(target, 'utf8')).toBe(readFileSync(committed, 'utf8'));
  });

  it('reports what it did: paragraphs, encoding, where each field came from, furniture, the path', async () => {
    const contentDir = copyContent();
    const { report, path: target } = await ingest({ story: STORY, version: 'press-tv-again', outlet: 'press-tv', capture: path.join(SEEDS, '003_9234341cac6e6bb5.txt'), contentDir, published: '2021-05-19' });
    expect(report[0]).toBe(`wrote ${target}`);
    expect(report).toContain('text: 20 paragraph(s) kept from plain text, decoded as utf-8 (valid UTF-8)');
    expect(report).toContain('published: "2021-05-19" from --published');
    expect(report).toContain('headline: none');
    expect(report.find((l) => l.startsWith('attribution:'))).toMatch(/^attribution: named, from the capture's text: The text names it: “.*Press TV.*”\.$/);
    const furniture = report.find((l) => l.startsWith('furniture:'))!;
    expect(Number(/furniture: (\d+)/.exec(furniture)![1])).toBeGreaterThan(0);
    expect(report.some((l) => /^  boilerplate \(breadcrumb\): "News\s+\/\s+Russia"$/.test(l))).toBe(true);
  });

  it('reports where an HTML page\'s fields came from', async () => {
    const contentDir = copyContent();
    const { report } = await ingest({ ...base, capture: ARTICLE, contentDir, author: 'Someone Else' });
    expect(report).toEqual(expect.arrayContaining([
      'headline: "Talks in Reykjavik end without breakthrough" from <meta property="og:title">',
      'author: "Someone Else" from --author',
      'published: "2021-05-19" from <meta property="article:published_time">',
      'url: "https://news.example.org/2021/05/reykjavik-talks" from <link rel="canonical">',
    ]));
  });

  it('a dry run prints the entry and writes nothing', async () => {
    const contentDir = copyContent();
    const before = fingerprint(contentDir);
    const result = await ingest({ ...base, capture: ARTICLE, contentDir, dryRun: true });
    expect(result.written).toBe(false);
    expect(result.report[0]).toMatch(/^would write \(dry run: nothing written\) .*example-news\.md$/);
    expect(result.entry).toMatch(/^---\noutlet: antiwar\n/);
    expect(fingerprint(contentDir)).toEqual(before);
    expect(existsSync(result.path)).toBe(false);
  });

  it('attributes from the text when it names the outlet, from the URL when it lies on the outlet\'s site', async () => {
    const contentDir = copyContent();
    const named = await ingest({ story: STORY, version: 'antiwar-again', outlet: 'antiwar', capture: path.join(SEEDS, '004_e494edcee4030ef3.txt'), contentDir, published: '2021-05-19', dryRun: true });
    expect(named.entry).toMatch(/attribution:\n {2}method: named\n {2}evidence: .*Antiwar\.com/);
    const fromUrl = await ingest({ ...base, capture: ARTICLE, contentDir, attribution: undefined, evidence: undefined, url: 'https://www.antiwar.com/2021/05/19/talks/', dryRun: true });
    expect(fromUrl.entry).toContain('method: url');
    expect(fromUrl.entry).toContain('on Antiwar.com’s site antiwar.com');
    expect(await refusal({ ...base, capture: ARTICLE, contentDir, attribution: undefined, evidence: undefined })).toMatch(/^--attribution: nothing in the capture shows it is Antiwar\.com's/);
  });
});

describe('capture files that are not captures', () => {
  const base = { story: STORY, version: 'odd', outlet: 'antiwar', published: '2021-05-19', ...INFERRED };
  it.each([
    ['an empty file', '', /the capture is empty \(0 bytes\)/],
    ['bare HTML', '<html></html>', /expected an article in the HTML page/],
    ['a binary file', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /looks like a binary file, not text \(a NUL byte at offset 8\)/],
    ['only whitespace', '\n   \n\t\n', /expected some text in the capture, found only whitespace/],
  ])('%s is refused with the reason', async (_, bytes, message) => {
    const contentDir = copyContent();
    const file = capture(contentDir, 'odd.html', bytes);
    if (typeof bytes === 'string' && !bytes.includes('<')) writeFileSync(file.replace(/html$/, 'txt'), bytes);
    const target = typeof bytes === 'string' && !bytes.includes('<') ? file.replace(/html$/, 'txt') : file;
    expect(await refusal({ ...base, capture: target, contentDir })).toMatch(message);
  });
  it('a folder or a missing file is named as such', async () => {
    const contentDir = copyContent();
    expect(await refusal({ ...base, capture: path.join(contentDir, 'stories'), contentDir })).toMatch(/<capture>: ".*stories" is a folder; expected a capture file/);
    expect(await refusal({ ...base, capture: path.join(contentDir, 'nope.txt'), contentDir })).toMatch(/<capture>: cannot read ".*nope\.txt": no such file/);
  });
});
