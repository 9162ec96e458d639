/**
 * `npm run lighthouse`: Lighthouse on each page type of the built site, with the same Chromium the
 * browser tests use, and the four category scores (each should be ≥ 95).
 *
 *   npm run build && npm run lighthouse              # mobile (Lighthouse's default)
 *   npm run lighthouse -- --desktop                  # desktop preset
 *   npm run lighthouse -- --dir dist-base --base /retold/
 *
 * The site is served from the build folder by a small static server on 127.0.0.1 that gzips text,
 * as a static host does (`astro preview` does not compress, which Lighthouse would count against
 * the site). Nothing is fetched from another host: Chromium runs with background networking,
 * component updates and sync disabled. Reports go to test-results/lighthouse/<type>.json.
 * Exits 1 when a score is below the threshold, after listing the audits that cost points.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createGzip } from 'node:zlib';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { findChromium } from '../tests/e2e/browser.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    base: { type: 'string', default: '/' },
    desktop: { type: 'boolean', default: false },
    threshold: { type: 'string', default: '95' },
    only: { type: 'string' },
  },
});
const ROOT = path.resolve(import.meta.dirname, '..');
const DIST = path.resolve(ROOT, values.dir!);
const BASE = values.base!.replace(/\/?$/, '/');
const THRESHOLD = Number(values.threshold);
const CHROME_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

if (!existsSync(path.join(DIST, 'index.html'))) {
  console.error(`${values.dir}/ has no built site: run \`npm run build\` first.`);
  process.exit(2);
}

// ── A static server for the build folder, with gzip ────────────────────────────────────────────
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json',
  '.xml': 'application/xml', '.svg': 'image/svg+xml', '.wasm': 'application/wasm', '.txt': 'text/plain; charset=utf-8', '.png': 'image/png', '.ico': 'image/x-icon',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|wasm)|image\/svg)/;

function serve(): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let rel = decodeURIComponent(url.pathname);
    if (!rel.startsWith(BASE)) return void res.writeHead(404).end('not found');
    rel = rel.slice(BASE.length);
    let file = path.join(DIST, rel);
    if (!file.startsWith(DIST)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!url.pathname.endsWith('/')) return void res.writeHead(301, { location: `${url.pathname}/` }).end();
      file = path.join(file, 'index.html');
    }
    if (!existsSync(file)) {
      const notFound = path.join(DIST, '404.html');
      res.writeHead(404, { 'content-type': TYPES['.html']! });
      return void (existsSync(notFound) ? createReadStream(notFound).pipe(res) : res.end('not found'));
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    const cache = rel.startsWith('_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=600';
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding', 'cache-control': cache });
      createReadStream(file).pipe(createGzip()).pipe(res);
    } else {
      res.writeHead(200, { 'content-type': type, 'content-length': statSync(file).size, 'cache-control': cache });
      createReadStream(file).pipe(res);
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// ── Chromium with a DevTools port for Lighthouse ───────────────────────────────────────────────
function chromiumPath(): string {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  return findChromium() ?? chromium.executablePath(); // the system's Chromium, else Playwright's own
}

function launch(): Promise<{ chrome: ChildProcess; port: number }> {
  const userDataDir = path.join(ROOT, 'test-results', 'lighthouse', 'profile');
  mkdirSync(userDataDir, { recursive: true });
  const chrome = spawn(chromiumPath(), [...CHROME_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${userDataDir}`, '--no-first-run', '--no-default-browser-check', 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'] });
  return new Promise((resolve, reject) => {
    let log = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not open a DevTools port:\n${log}`)), 30_000);
    chrome.stderr!.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(log);
      if (m) {
        clearTimeout(timer);
        resolve({ chrome, port: Number(m[1]) });
      }
    });
    chrome.on('exit', (code) => reject(new Error(`Chromium exited (${code}):\n${log}`)));
  });
}

// ── The page types ─────────────────────────────────────────────────────────────────────────────
function largest(pattern: RegExp): string {
  const found: { rel: string; size: number }[] = [];
  const walk = (rel: string) => {
    for (const entry of readdirSync(path.join(DIST, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else if (entry.name === 'index.html' && pattern.test(child)) found.push({ rel: child, size: statSync(path.join(DIST, child)).size });
    }
  };
  walk('stories');
  const best = found.sort((a, b) => b.size - a.size)[0];
  if (!best) throw new Error(`no page matches ${pattern}`);
  return best.rel.replace(/index\.html$/, '');
}

const firstStory = readdirSync(path.join(DIST, 'stories')).sort()[0]!;
const pageTypes: [string, string][] = [
  ['home', ''],
  ['story', `stories/${firstStory}/`],
  ['account', largest(/^stories\/[^/]+\/(?!compare\/)[^/]+\/index\.html$/)],
  ['comparison', largest(/\/compare\/[^/]+\/[^/]+\/index\.html$/)],
  ['about', 'about/'],
  ['search', `search/?q=${encodeURIComponent(readFileSync(path.join(DIST, 'stories', `${firstStory}`, 'index.html'), 'utf8').match(/<h1[^>]*>([^<\s]+)/)?.[1] ?? 'the')}`],
];
const selected = values.only ? pageTypes.filter(([type]) => values.only!.split(',').includes(type)) : pageTypes;

// ── Run ────────────────────────────────────────────────────────────────────────────────────────
const server = await serve();
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const { chrome, port } = await launch();
const outDir = path.join(ROOT, 'test-results', 'lighthouse');
mkdirSync(outDir, { recursive: true });

interface Row { type: string; url: string; scores: Record<string, number>; losses: string[] }
const rows: Row[] = [];
let environment = '';
try {
  for (const [type, rel] of selected) {
    const url = `${origin}${BASE}${rel}`;
    process.stderr.write(`lighthouse: ${type} ${url}\n`);
    const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] }, values.desktop ? desktopConfig : undefined);
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const lhr = result.lhr;
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    writeFileSync(path.join(outDir, `${type}${values.desktop ? '-desktop' : ''}.json`), typeof result.report === 'string' ? result.report : JSON.stringify(lhr));
    environment = `Chromium ${lhr.environment.hostUserAgent.match(/Chrome\/([\d.]+)/)?.[1]}, Lighthouse ${lhr.lighthouseVersion}, benchmarkIndex ${Math.round(lhr.environment.benchmarkIndex)}, ${lhr.configSettings.formFactor}`;
    const scores: Record<string, number> = {};
    const losses: string[] = [];
    for (const id of CATEGORIES) {
      const category = lhr.categories[id]!;
      scores[id] = Math.round((category.score ?? 0) * 100);
      for (const ref of category.auditRefs) {
        const audit = lhr.audits[ref.id]!;
        if (ref.weight > 0 && audit.score !== null && audit.score < 1) losses.push(`${id}: ${ref.id} ${audit.displayValue ?? ''} (score ${audit.score.toFixed(2)}, weight ${ref.weight})`.replace(/\s+\(/, ' ('));
      }
    }
    rows.push({ type, url: `${BASE}${rel}`, scores, losses });
  }
} finally {
  chrome.kill();
  server.close();
}

const pad = (s: string | number, n: number) => String(s).padEnd(n);
console.log(`\nLighthouse (${environment})\n`);
console.log(`${pad('page', 12)}${CATEGORIES.map((c) => pad(c, 16)).join('')}url`);
for (const r of rows) console.log(`${pad(r.type, 12)}${CATEGORIES.map((c) => pad(r.scores[c]!, 16)).join('')}${r.url}`);
const below = rows.filter((r) => CATEGORIES.some((c) => r.scores[c]! < THRESHOLD));
for (const r of below) {
  console.log(`\n${r.type}: below ${THRESHOLD}; audits that cost points:`);
  for (const loss of r.losses) console.log(`  ${loss}`);
}
console.log(below.length ? `\n${below.length} page type(s) below ${THRESHOLD}.` : `\nEvery score ≥ ${THRESHOLD}.`);
process.exit(below.length ? 1 : 0);
