/**
 * Validity of the built sites, read from disk (no browser): every internal link and `#anchor`
 * resolves to a built file and an element, every page validates with html-validate (rules in
 * .htmlvalidate.json; of the hostile fixture's 870 look-alike comparisons, the 116 involving its
 * first or last account), and the sitemap lists every page and nothing else. Run on all three builds:
 * the seed site, the hostile fixture and the site built under the sub-path /retold/.
 */
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { parseHTML } from 'linkedom';
import { SITES, fileOf, htmlFiles, read, representative, requireBuilt, siteOrigin, urlPathOf, type BuiltSite } from './dist-files.ts';

/** Attributes holding a URL the browser follows or loads. */
const URL_ATTRIBUTES: [selector: string, attribute: string][] = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['iframe[src]', 'src'],
  ['form[action]', 'action'],
];

interface Parsed {
  ids: Set<string>;
  links: { tag: string; value: string }[];
}

function parse(site: BuiltSite, file: string): Parsed {
  const { document } = parseHTML(read(site, file));
  const ids = new Set<string>();
  for (const el of document.querySelectorAll('[id]')) ids.add(el.getAttribute('id')!);
  for (const el of document.querySelectorAll('a[name]')) ids.add(el.getAttribute('name')!);
  const links = URL_ATTRIBUTES.flatMap(([selector, attribute]) =>
    [...document.querySelectorAll(selector)].map((el) => ({ tag: `<${el.localName} ${attribute}>`, value: el.getAttribute(attribute)! })),
  );
  return { ids, links };
}

for (const site of SITES) {
  test.describe(`${site.name} build (${path.basename(site.dir)}/)`, () => {
    test.describe.configure({ timeout: 300_000 });
    test.beforeAll(() => requireBuilt(site));

    test('every internal link and #anchor resolves; every internal URL stays under the base', () => {
      const origin = siteOrigin(site);
      const pages = htmlFiles(site);
      const parsed = new Map<string, Parsed>();
      const parsedOf = (file: string) => {
        let p = parsed.get(file);
        if (!p) parsed.set(file, (p = parse(site, file)));
        return p;
      };
      const problems: string[] = [];
      let checked = 0;
      for (const page of pages) {
        const pageUrl = new URL(urlPathOf(site, page), origin);
        for (const { tag, value } of parsedOf(page).links) {
          const url = new URL(value, pageUrl);
          if (url.protocol !== 'http:' && url.protocol !== 'https:' && url.protocol !== 'mailto:') {
            problems.push(`${page}: ${tag} "${value}" is a ${url.protocol} URL`);
            continue;
          }
          if (url.origin !== origin) continue; // another site: not fetched (no network in tests)
          checked++;
          if (!url.pathname.startsWith(site.base)) {
            problems.push(`${page}: ${tag} "${value}" leaves the base ${site.base}`);
            continue;
          }
          const target = fileOf(site, url.pathname);
          if (!target) {
            problems.push(`${page}: ${tag} "${value}" → ${url.pathname} is not a built file`);
            continue;
          }
          const fragment = decodeURIComponent(url.hash.slice(1));
          if (fragment && target.endsWith('.html') && !parsedOf(target).ids.has(fragment)) {
            problems.push(`${page}: ${tag} "${value}" → no element with id "${fragment}" in ${target}`);
          }
        }
      }
      expect(problems, problems.slice(0, 30).join('\n')).toEqual([]);
      expect(checked).toBeGreaterThan(pages.length);
      test.info().annotations.push({ type: 'links', description: `${checked} internal links in ${pages.length} pages` });
    });

    test('the sitemap lists every page, and only built pages', () => {
      const origin = siteOrigin(site);
      const sitemaps = [...read(site, 'sitemap-index.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
      expect(sitemaps.length).toBeGreaterThan(0);
      const listed = new Set<string>();
      for (const sitemap of sitemaps) {
        const url = new URL(sitemap);
        expect(url.origin).toBe(origin);
        const file = fileOf(site, url.pathname);
        expect(file, `${sitemap} is not a built file`).toBeDefined();
        for (const m of read(site, file!).matchAll(/<loc>([^<]+)<\/loc>/g)) {
          const loc = new URL(m[1]!);
          expect(loc.origin).toBe(origin);
          const page = fileOf(site, loc.pathname);
          expect(page, `${loc.href} is listed but not built`).toMatch(/\.html$/);
          expect(listed.has(page!), `${loc.href} is listed twice`).toBe(false);
          listed.add(page!);
        }
      }
      // 404.html is what a host serves for a missing address, not a page to index (@astrojs/sitemap leaves it out).
      const unlisted = htmlFiles(site).filter((f) => !listed.has(f) && f !== '404.html');
      expect(unlisted, `pages missing from the sitemap:\n${unlisted.join('\n')}`).toEqual([]);
    });

    test('every page validates (html-validate, .htmlvalidate.json)', async () => {
      const validator = new HtmlValidate(new FileSystemConfigLoader()); // reads .htmlvalidate.json
      const problems: string[] = [];
      for (const page of representative(site)) {
        const report = await validator.validateFile(path.join(site.dir, page));
        for (const result of report.results) {
          for (const m of result.messages as Message[]) problems.push(`${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
        }
      }
      expect(problems, problems.slice(0, 40).join('\n')).toEqual([]);
    });
  });
}
