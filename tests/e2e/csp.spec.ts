/**
 * Content-Security-Policy: every page declares a policy that forbids inline scripts (and inline
 * styles), no built page contains an inline script, an event-handler attribute, a `javascript:`
 * URL or an inline style, and every page of the seed site loads, and search runs, without a
 * single CSP violation.
 */
import { expect, test } from '@playwright/test';
import { parseHTML } from 'linkedom';
import { watchCsp, parsePolicy } from './csp-watch.ts';
import { SEED, SITES, headOf, htmlFiles, read, requireBuilt, urlPathOf } from './dist-files.ts';

test.describe('Content-Security-Policy', () => {
  test('every page of every build declares a policy that forbids inline script and style', () => {
    for (const site of SITES) {
      requireBuilt(site);
      for (const file of htmlFiles(site)) {
        const { document } = parseHTML(headOf(site, file));
        const metas = [...document.querySelectorAll('meta[http-equiv="Content-Security-Policy" i]')];
        expect(metas, `${site.name}: ${file}`).toHaveLength(1);
        // The policy must come before anything it governs.
        expect(document.querySelector('head > meta[http-equiv]'), file).toBe(metas[0]);
        const policy = parsePolicy(metas[0]!.getAttribute('content')!);
        expect(policy.get('default-src'), file).toEqual(["'self'"]);
        for (const directive of ['script-src', 'style-src']) {
          const sources = policy.get(directive) ?? policy.get('default-src')!;
          expect(sources, `${file}: ${directive}`).not.toContain("'unsafe-inline'");
          expect(sources, `${file}: ${directive}`).not.toContain("'unsafe-eval'");
          expect(sources.some((s) => /^(https?:|\*|data:|blob:)/.test(s)), `${file}: ${directive} allows another origin`).toBe(false);
        }
        expect(policy.get('object-src')).toEqual(["'none'"]);
        expect(policy.get('base-uri')).toEqual(["'self'"]);
      }
    }
  });

  test('no built page has an inline script, an on* attribute, a javascript: URL or an inline style', () => {
    const problems: string[] = [];
    for (const site of SITES) {
      for (const file of htmlFiles(site)) {
        const { document } = parseHTML(read(site, file));
        const where = `${site.name}: ${file}`;
        for (const script of document.querySelectorAll('script')) {
          const type = script.getAttribute('type') ?? '';
          if (!script.hasAttribute('src') && !/^application\/(ld\+)?json$/i.test(type)) problems.push(`${where}: inline <script>${script.textContent!.slice(0, 60)}`);
        }
        if (document.querySelector('style')) problems.push(`${where}: inline <style>`);
        for (const el of document.querySelectorAll('*')) {
          for (const attr of el.attributes) {
            if (/^on/i.test(attr.name)) problems.push(`${where}: <${el.localName} ${attr.name}>`);
            if (attr.name === 'style') problems.push(`${where}: <${el.localName} style="${attr.value}"> (blocked by style-src)`);
            if (/^\s*(javascript|vbscript|data):/i.test(attr.value) && /^(href|src|action|formaction|xlink:href)$/i.test(attr.name)) problems.push(`${where}: <${el.localName} ${attr.name}="${attr.value}">`);
          }
        }
      }
    }
    expect(problems, problems.slice(0, 30).join('\n')).toEqual([]);
  });

  test('every page of the seed site loads with zero CSP violations', async ({ page }) => {
    test.setTimeout(180_000);
    requireBuilt(SEED);
    const violations = await watchCsp(page);
    const found: string[] = [];
    for (const file of htmlFiles(SEED)) {
      const url = urlPathOf(SEED, file);
      const response = await page.goto(url, { waitUntil: 'networkidle' });
      expect(response?.status(), url).toBe(200);
      found.push(...(await violations()).map((v) => `${url}: ${v}`));
    }
    expect(found).toEqual([]);
  });

  test('the comparison script runs under the policy (j/k move between differences)', async ({ page }) => {
    const violations = await watchCsp(page);
    const compare = htmlFiles(SEED).find((f) => f.includes('/compare/'))!;
    await page.goto(urlPathOf(SEED, compare), { waitUntil: 'networkidle' });
    await page.keyboard.press('j');
    // A stop is a row (`#r5`) or a folded group (`#gr3`, `#sr3`).
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#[gs]?r\d+/);
    expect(await violations()).toEqual([]);
  });

  test('search (Pagefind, WebAssembly) works under the policy', async ({ page }) => {
    const violations = await watchCsp(page);
    await page.goto('/search/?q=Reykjavik', { waitUntil: 'networkidle' });
    await expect(page.locator('#search-results li').first()).toBeVisible({ timeout: 15_000 });
    await expect(page.locator('a.search-result-link').first()).toHaveAttribute('href', /^\/stories\//);
    expect(await violations()).toEqual([]);
  });
});
