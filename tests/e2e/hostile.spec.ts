/**
 * Hostile and broken content (issue 6), on the site built from tests/fixtures/hostile
 * (`npm run build:hostile`, served on its own port by playwright.config.ts, project "hostile").
 * The fixture is written by tests/fixtures/make-hostile.ts; the constants come from there.
 */
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { BRIEF_STORIES, EMOJI_A, EMOJI_B, HOSTILE, HOSTILE_PARAGRAPHS, IDENTICAL, LONG_WORDS } from '../fixtures/make-hostile.ts';
import { watchCsp } from './csp-watch.ts';
import { HOSTILE_SITE, ROOT, requireBuilt } from './dist-files.ts';
import { loadCorpus } from '../../src/lib/content/corpus.ts';

test.beforeAll(() => requireBuilt(HOSTILE_SITE));

const story = (id: string) => `/stories/${id}/`;
const account = (id: string, version: string) => `/stories/${id}/${version}/`;
const compare = (id: string, a: string, b: string) => `/stories/${id}/compare/${a}/${b}/`;
/** The excerpt quotes the long account's last paragraph; its opening words. */
const LAST_PARAGRAPH_START = /Paragraph \d{3} says/;

/** Loads a page watching for dialogs and CSP violations; `check()` asserts none happened. */
async function visit(page: Page, url: string) {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const violations = await watchCsp(page);
  const response = await page.goto(url, { waitUntil: 'networkidle' });
  expect(response?.status(), url).toBe(200);
  return {
    check: async () => {
      expect(dialogs, `${url}: dialogs`).toEqual([]);
      expect(await violations(), `${url}: CSP violations`).toEqual([]);
    },
  };
}

/** Elements and attributes the markup in the fixture would create if it were ever parsed as HTML. */
async function injected(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.attributes) if (/^on/i.test(attr.name)) found.push(`<${el.localName} ${attr.name}>`);
    }
    for (const el of document.querySelectorAll('iframe, object, embed, img[src="x"], details[ontoggle], svg[onload], style, form[action^="javascript" i], base')) found.push(`<${el.localName}>`);
    // The site's own links are absolute paths, fragments, or (a row's place with sides swapped) `../../b/a/#r5`.
    for (const a of document.querySelectorAll('a[href]')) if (!/^(https?:|\/|#|\.\.\/)/.test(a.getAttribute('href')!)) found.push(`<a href="${a.getAttribute('href')}">`);
    for (const s of document.querySelectorAll('script')) if (!/^\/(_astro|pagefind)\//.test(s.getAttribute('src') ?? '')) found.push(`<script src="${s.getAttribute('src') ?? ''}">${s.textContent!.slice(0, 40)}`);
    for (const el of document.querySelectorAll('main i, main b, main h1 *, main h2 i')) if (/^(tags|not bold|Nowhere)$/.test(el.textContent!)) found.push(`<${el.localName}>${el.textContent}`);
    if (getComputedStyle(document.body).display === 'none') found.push('body hidden by an injected style');
    return found;
  });
}

/** The text of `main` as read, without screen-reader labels, coverage markers and their (closed) popovers. */
const mainText = (page: Page) =>
  page.evaluate(() => {
    const main = document.querySelector('main')!.cloneNode(true) as HTMLElement;
    for (const hidden of main.querySelectorAll('.visually-hidden, button.marker, [popover]')) hidden.remove();
    return main.textContent!.replace(/\s+/g, ' ');
  });

test.describe('markup in content shows as inert text', () => {
  const pages = [
    ['story page', story(HOSTILE.markup)],
    ['escaped account (ingest)', account(HOSTILE.markup, 'tags')],
    ['hand-typed account (raw HTML in Markdown)', account(HOSTILE.markup, 'raw')],
    ['comparison', compare(HOSTILE.markup, 'tags', 'plain')],
    ['comparison, swapped', compare(HOSTILE.markup, 'plain', 'tags')],
    ['comparison with the hand-typed account', compare(HOSTILE.markup, 'raw', 'tags')],
  ] as const;
  for (const [name, url] of pages) {
    test(`${name}: no dialog, no injected element, no CSP violation`, async ({ page }) => {
      const { check } = await visit(page, url);
      expect(await injected(page)).toEqual([]);
      // Everything clickable once more: a javascript: link would fire a dialog (or a CSP report).
      await check();
    });
  }

  test('the escaped account shows every hostile paragraph literally', async ({ page }) => {
    const { check } = await visit(page, account(HOSTILE.markup, 'tags'));
    // Character for character, ignoring white space (sentences are wrapped and followed by coverage markers).
    const squeeze = (t: string) => t.replace(/\s+/g, '');
    const text = squeeze(await mainText(page));
    for (const paragraph of HOSTILE_PARAGRAPHS) expect(text, paragraph).toContain(squeeze(paragraph));
    await expect(page.getByText('<script>alert("script")</script> He said nothing else.')).toBeVisible();
    await expect(page.getByText(`A photo was attached: <img src=x onerror="alert('img')"> and a caption.`)).toBeVisible();
    await expect(page.getByText('An editor left a note <!-- hidden comment --> in the middle of the text.')).toBeVisible();
    await expect(page.getByText('# Not a heading')).toBeVisible();
    await expect(page.locator('h1')).toHaveText('<script>alert("headline")</script> Headline with <i>tags</i>');
    expect(await page.title()).toContain('<script>alert("headline")</script>');
    await expect(page.getByText(`"><img src=x onerror="alert('author')">`)).toBeVisible();
    await check();
  });

  test('the account page adds no space inside a paragraph', async ({ page }) => {
    // Where the segmenter breaks without a space ("![an image](…)" → "![" + "an image](…)"), the
    // page must not join the sentences with one ("![ an image](…)").
    await visit(page, account(HOSTILE.markup, 'tags'));
    const text = await mainText(page);
    expect(text).toContain(HOSTILE_PARAGRAPHS[9]);
  });

  test('the hand-typed account keeps its raw HTML as literal text', async ({ page }) => {
    await visit(page, account(HOSTILE.markup, 'raw'));
    const text = await mainText(page);
    expect(text).toContain('<script>alert("raw-script")</script>');
    expect(text).toContain(`Inline <img src=x onerror="alert('raw-img')"> in a sentence`);
    expect(text).toContain('<!-- a raw comment -->');
    expect(await injected(page)).toEqual([]);
  });

  test('outlet fields and the story title are text too', async ({ page }) => {
    await visit(page, story(HOSTILE.markup));
    const text = await mainText(page);
    expect(text).toContain('<script>alert("outlet")</script> Hostile & "Times"');
    expect(text).toContain('<script>alert("story")</script> Markup </title> in every field');
    expect(text).toContain(`A summary with <img src=x onerror="alert('summary')"> in it.`);
    expect(await page.title()).toBe('<script>alert("story")</script> Markup </title> in every field · Retold');
  });

  test('the JSON API carries the text unchanged', async ({ request }) => {
    const response = await request.get(`/api/stories/${HOSTILE.markup}/compare/tags/plain.json`);
    expect(response.ok()).toBe(true);
    expect(response.headers()['content-type']).toMatch(/json/);
    expect(JSON.stringify(await response.json())).toContain(JSON.stringify(HOSTILE_PARAGRAPHS[0]).slice(1, -1));
  });

  test('search results show hostile text as text', async ({ page }) => {
    const { check } = await visit(page, '/search/?q=onerror');
    await expect(page.locator('#search-results li').first()).toBeVisible({ timeout: 15_000 });
    expect(await injected(page)).toEqual([]);
    await check();
  });
});

test.describe('a 50,000-word account', () => {
  /** The captured text each part prints (paragraph pieces, without labels, markers and popovers), following "Next" from part 1. */
  async function readAllParts(page: Page) {
    const parts: { url: string; paragraphs: string[]; continues: boolean }[] = [];
    let url: string | null = account(HOSTILE.long, 'long');
    while (url) {
      await visit(page, url);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), `${url}: no sideways scrolling`).toBe(true);
      const paragraphs = await page.locator('article .coverage p').evaluateAll((ps) =>
        ps.map((p) => {
          const copy = p.cloneNode(true) as HTMLElement;
          for (const aside of copy.querySelectorAll('.visually-hidden, button.marker, [popover]')) aside.remove();
          return copy.textContent!;
        }),
      );
      const continues = (await page.getByText(/The paragraph below begins in part \d+/).count()) > 0;
      parts.push({ url, paragraphs, continues });
      const next = page.locator('nav[aria-label="Parts of this account"] a[rel="next"]');
      url = (await next.count()) ? await next.getAttribute('href') : null;
      if (parts.length > 50) throw new Error('more than 50 parts: the Next links loop');
    }
    return parts;
  }

  test('its page is split into parts; together they hold every character of the capture, in order', async ({ page }) => {
    test.setTimeout(120_000);
    const corpus = await loadCorpus(path.join(ROOT, 'tests/fixtures/hostile'));
    const captured = corpus.versions.find((v) => v.story === HOSTILE.long && v.version === 'long')!.paragraphs;
    const parts = await readAllParts(page);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts[0]!.url).toBe(account(HOSTILE.long, 'long'));
    expect(parts.slice(1).map((p) => p.url)).toEqual(parts.slice(1).map((_, i) => `${account(HOSTILE.long, 'long')}part/${i + 2}/`));
    const rebuilt: string[] = [];
    for (const part of parts) part.paragraphs.forEach((p, i) => (i === 0 && part.continues ? (rebuilt[rebuilt.length - 1] += p) : rebuilt.push(p)));
    expect(rebuilt).toEqual(captured);
    // Every part states the whole account's word count.
    await visit(page, parts.at(-1)!.url);
    const count = Number(/([\d,]+) words/.exec(await mainText(page))?.[1]?.replace(/,/g, ''));
    expect(count).toBeGreaterThanOrEqual(LONG_WORDS);
  });

  test('parts are reached without JavaScript, and keyboard-reachable links name each part', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(account(HOSTILE.long, 'long'));
    const nav = page.locator('nav[aria-label="Parts of this account"]');
    await expect(nav).toContainText(/split into \d+ parts\. This is part 1\./);
    await nav.getByText(/All \d+ parts/).click();
    await expect(nav.locator('[aria-current="page"]')).toContainText('Part 1 of');
    await nav.getByRole('link', { name: /^Part 3 of/ }).click();
    await expect(page).toHaveURL(/\/long\/part\/3\/$/);
    await expect(page.locator('h1')).toContainText(/Part 3 of \d+/);
    const box = await page.locator('nav[aria-label="Parts of this account"] a[rel="next"]').boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    await context.close();
  });

  test('a link to a sentence lands on the part holding it: from the synopsis, and an old link to part 1', async ({ page }) => {
    test.setTimeout(90_000);
    // The synopsis links each cell to its sentence, on the part that holds it.
    await visit(page, `/stories/${HOSTILE.long}/synopsis/`);
    const sentenceLinks = await page.locator('a', { hasText: 'in text' }).evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    const later = sentenceLinks.filter((h) => h.includes('/long/part/'));
    expect(later.length).toBeGreaterThan(0);
    for (const h of [later[0]!, later.at(-1)!]) {
      await visit(page, h);
      await expect(page.locator(`[id="${h.split('#')[1]}"]`)).toBeAttached();
    }
    // A link to part 1 with an anchor on a later part (made before the account was split) is sent on, with JavaScript.
    const id = later.at(-1)!.split('#')[1]!;
    await page.goto(`${account(HOSTILE.long, 'long')}#${id}`);
    await expect(page).toHaveURL(new RegExp(`/long/part/\\d+/#${id}$`));
    await expect(page.locator(`[id="${id}"]`)).toBeAttached();
  });

  test('its comparison with a three-paragraph excerpt renders in both directions', async ({ page }) => {
    test.setTimeout(60_000);
    for (const [a, b] of [['long', 'excerpt'], ['excerpt', 'long']] as const) {
      await visit(page, compare(HOSTILE.long, a, b));
      const kinds = new Set(await page.locator('li.row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-kind'))));
      // Every word of the excerpt is in the long account: equal rows, and rows only the long one has.
      expect([...kinds].sort()).toEqual(['equal', a === 'long' ? 'a-only' : 'b-only'].sort());
      await expect(page.getByText(LAST_PARAGRAPH_START).first()).toBeAttached();
    }
  });
});

test.describe('a story with one account', () => {
  test('its page says there is nothing to compare, and links to no comparison', async ({ page }) => {
    await visit(page, story(HOSTILE.single));
    await expect(page.getByText(/Only one account of this story has been captured/)).toBeVisible();
    await expect(page.locator('.matrix')).toHaveCount(0);
    await expect(page.locator('a[href*="/compare/"]')).toHaveCount(0);
    await expect(page.getByText('1 account', { exact: false }).first()).toBeVisible();
    expect(await mainText(page)).not.toContain('1 accounts');
  });

  test('its account page says there is no other account', async ({ page }) => {
    await visit(page, account(HOSTILE.single, 'only'));
    await expect(page.getByText(/only captured account of this story/)).toBeVisible();
    expect(await mainText(page)).not.toMatch(/Compare with:\s*\./);
    await expect(page.locator('a[href*="/compare/"]')).toHaveCount(0);
  });
});

test.describe('thirty accounts in one story', () => {
  for (const width of [1280, 390]) {
    test(`the similarity matrix scrolls inside its own box, not the page (${width} px)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      const { check } = await visit(page, story(HOSTILE.thirty));
      const matrix = page.locator('table.matrix');
      await expect(matrix.locator('tbody tr')).toHaveCount(30);
      await expect(matrix.locator('tbody td')).toHaveCount(900);
      await expect(matrix.locator(`tbody td a[href*="/compare/"]`)).toHaveCount(870);
      const box = await page.evaluate(() => {
        const table = document.querySelector('table.matrix')!;
        const wrap = table.parentElement!;
        return { page: document.documentElement.scrollWidth, viewport: innerWidth, wrapClient: wrap.clientWidth, wrapScroll: wrap.scrollWidth, overflow: getComputedStyle(wrap).overflowX };
      });
      expect(box.page, 'the page itself does not scroll sideways').toBeLessThanOrEqual(box.viewport);
      expect(box.wrapScroll, 'the matrix is wider than its box').toBeGreaterThan(box.wrapClient);
      expect(['auto', 'scroll']).toContain(box.overflow);
      // The last column can be reached: scroll the box and click the far corner cell.
      const corner = matrix.locator('tbody tr').nth(0).locator('td').nth(29).locator('a');
      await corner.scrollIntoViewIfNeeded();
      await expect(corner).toBeInViewport();
      await check();
    });
  }

  test('the matrix passes axe (keyboard-reachable scrolling region, named headers)', async ({ page }) => {
    // axe checks the contrast of all 900 cells one by one: slow on a busy 2-core machine, not a hang.
    test.slow();
    await visit(page, story(HOSTILE.thirty));
    const results = await new AxeBuilder({ page }).include('table.matrix').include('.matrix-wrap').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  });

  test('a comparison between two of the thirty links back to the story', async ({ page }) => {
    await visit(page, compare(HOSTILE.thirty, 'account-01', 'account-30'));
    await expect(page.locator(`a[href="${story(HOSTILE.thirty)}"]`).first()).toBeVisible();
    await expect(page.locator('li.row').first()).toBeVisible();
  });
});

test.describe('right-to-left and CJK text', () => {
  const texts: Record<string, string> = {
    'arabic-1': 'وصل وزير الخارجية إلى العاصمة صباح يوم الثلاثاء في زيارة رسمية.',
    hebrew: 'שר החוץ הגיע לבירה ביום שלישי בבוקר לביקור רשמי.',
    'chinese-1': '外交部长星期二上午抵达首都进行正式访问。',
    japanese: '外相は火曜日の朝、公式訪問のため首都に到着した。',
  };
  for (const [version, sentence] of Object.entries(texts)) {
    test(`${version}: the account shows its text verbatim`, async ({ page }) => {
      const { check } = await visit(page, account(HOSTILE.scripts, version));
      await expect(page.getByText(sentence, { exact: true })).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
      await check();
    });
  }

  test('Arabic: the changed word is marked, whole', async ({ page }) => {
    await visit(page, compare(HOSTILE.scripts, 'arabic-1', 'arabic-2'));
    await expect(page.locator('li.row del').first()).toContainText('صباح');
    await expect(page.locator('li.row ins').first()).toContainText('مساء');
  });

  test('Chinese: a one-character change is marked as one character', async ({ page }) => {
    await visit(page, compare(HOSTILE.scripts, 'chinese-1', 'chinese-2'));
    const dels = await page.locator('li.row del').evaluateAll((els) => els.map((e) => e.lastChild!.textContent));
    const inss = await page.locator('li.row ins').evaluateAll((els) => els.map((e) => e.lastChild!.textContent));
    expect(dels).toContain('上');
    expect(inss).toContain('下');
  });

  test('right-to-left paragraphs are laid out right to left', async ({ page }) => {
    const direction = (el: Element) => getComputedStyle(el).direction;
    await visit(page, account(HOSTILE.scripts, 'arabic-1'));
    expect(await page.getByText(texts['arabic-1']!, { exact: true }).evaluate(direction)).toBe('rtl');
    expect(await page.locator('h1').evaluate(direction)).toBe('rtl');
    await visit(page, account(HOSTILE.scripts, 'hebrew'));
    expect(await page.getByText(texts.hebrew!, { exact: true }).evaluate(direction)).toBe('rtl');
  });

  test('right-to-left texts in comparison rows and on the story page take their own direction', async ({ page }) => {
    const rtl = /^[\u0590-\u08ff]/u; // starts with a Hebrew or Arabic letter
    // Comparison rows: the hidden "Outlet:" label comes first in each text cell and must not decide.
    await visit(page, compare(HOSTILE.scripts, 'arabic-1', 'arabic-2'));
    const cells = await page.locator('li.row p.text').evaluateAll((ps) => ps.map((p) => getComputedStyle(p).direction));
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.every((d) => d === 'rtl'), cells.join(' ')).toBe(true);
    // Story page: headlines and passages in Arabic or Hebrew read right to left, the rest left to right.
    await visit(page, story(HOSTILE.scripts));
    const shown = await page.locator('ul li p.font-serif, #carry-first th.passage > :last-child').evaluateAll((els) =>
      els.map((el) => ({ text: el.textContent!.trim(), direction: getComputedStyle(el).direction })),
    );
    expect(shown.filter((t) => rtl.test(t.text)).length).toBeGreaterThanOrEqual(3);
    for (const t of shown) expect(t.direction, t.text).toBe(rtl.test(t.text) ? 'rtl' : 'ltr');
  });
});

test.describe('emoji and combining marks', () => {
  test('accounts show emoji sequences and decomposed accents unchanged', async ({ page }) => {
    for (const [version, paragraphs] of [['emoji-a', EMOJI_A], ['emoji-b', EMOJI_B]] as const) {
      await visit(page, account(HOSTILE.emoji, version));
      const text = await mainText(page);
      for (const p of paragraphs) expect(text, `${version}: ${p}`).toContain(p); // code point for code point: no normalization
    }
  });

  test('highlighted differences never cut a grapheme cluster', async ({ page }) => {
    await visit(page, compare(HOSTILE.emoji, 'emoji-a', 'emoji-b'));
    const cuts = await page.locator('li.row p.text').evaluateAll((paragraphs) => {
      const found: string[] = [];
      const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
      for (const p of paragraphs) {
        // The paragraph's visible text, and where each highlight starts and ends in it.
        let text = '';
        const edges: [number, string][] = [];
        const walk = (node: Node) => {
          if (node instanceof HTMLElement && node.classList.contains('visually-hidden')) return;
          const mark = node instanceof HTMLElement && (node.localName === 'del' || node.localName === 'ins');
          if (mark) edges.push([text.length, node.textContent!]);
          if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
          for (const child of node.childNodes) walk(child);
          if (mark) edges.push([text.length, node.textContent!]);
        };
        walk(p);
        const boundaries = new Set([...segmenter.segment(text)].map((s) => s.index).concat(text.length));
        for (const [at, what] of edges) if (!boundaries.has(at)) found.push(`"${what}" at ${at} in "${text}"`);
      }
      return found;
    });
    expect(cuts).toEqual([]);
  });

  test('a changed accent is marked on the whole word', async ({ page }) => {
    await visit(page, compare(HOSTILE.emoji, 'emoji-a', 'emoji-b'));
    const dels = await page.locator('li.row del').evaluateAll((els) => els.map((e) => e.lastChild!.textContent));
    expect(dels).toContain('re\u0301sume\u0301');
  });
});

test.describe('two identical accounts', () => {
  test('the matrix shows 100% both ways', async ({ page }) => {
    await visit(page, story(HOSTILE.identical));
    const cells = page.locator('table.matrix tbody td:not(.diag)');
    await expect(cells).toHaveCount(2);
    await expect(cells.nth(0)).toHaveText('100%');
    await expect(cells.nth(1)).toHaveText('100%');
  });

  for (const [a, b] of [['copy-a', 'copy-b'], ['copy-b', 'copy-a']] as const) {
    test(`${a} against ${b}: every row equal, similarity 1`, async ({ page, request }) => {
      await visit(page, compare(HOSTILE.identical, a, b));
      const kinds = await page.locator('li.row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-kind')));
      expect(kinds).toEqual(IDENTICAL.map(() => 'equal'));
      await expect(page.locator('li.row del, li.row ins')).toHaveCount(0);
      await expect(page.getByText(/the same, word for word/).first()).toBeVisible();
      const json = (await (await request.get(`/api/stories/${HOSTILE.identical}/compare/${a}/${b}.json`)).json()) as { stats: { similarity: number; rows: Record<string, number> } };
      expect(json.stats.similarity).toBe(1);
      expect(json.stats.rows).toEqual({ equal: IDENTICAL.length, changed: 0, moved: 0, aOnly: 0, bOnly: 0 });
    });
  }
});

test.describe('more stories than fit on one page', () => {
  const total = Object.keys(HOSTILE).length + BRIEF_STORIES;
  test('the home page lists the newest 25 and links to the next page; page 2 lists the rest', async ({ page }) => {
    await visit(page, '/');
    const titles = async () => page.locator('main ol.space-y-6 > li h2').allInnerTexts();
    const first = await titles();
    expect(first).toHaveLength(25);
    await expect(page.getByText(`Stories 1–25 of ${total}, newest first.`)).toBeVisible();
    const pager = page.getByRole('navigation', { name: 'Story list pages' });
    await expect(pager.locator('[aria-current="page"]')).toHaveText('1');
    await pager.getByRole('link', { name: /Older stories/ }).click();
    await expect(page).toHaveURL(/\/page\/2\/$/);
    const second = await titles();
    expect(second).toHaveLength(total - 25);
    // Every story once, across the two pages, the oldest last.
    expect(new Set([...first, ...second]).size).toBe(total);
    expect(second.at(-1)).toBe('Brief story 12');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('page 2 of 2');
    await expect(page.getByRole('link', { name: /Newer stories/ })).toHaveAttribute('href', '/');
  });
});
