/**
 * Ingest from a URL (issue 12, case 4), against an HTTP server started here on 127.0.0.1: never
 * the network. Redirects are followed and the final URL recorded; a timeout and a size limit hold;
 * a Wayback snapshot (by --wayback or by its archive URL) is fetched raw and its original recorded.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '@lib/ingest/ingest.ts';
import { FIXTURES, STORY, copyContent, refusal } from './helpers.ts';

const PAGE = readFileSync(path.join(FIXTURES, 'structure.html'));
const LATIN1_PAGE = Buffer.from('<!doctype html><html><head><title>x</title></head><body><article><p>Le ministre a déclaré que la réunion à Genève était très constructive, selon le porte-parole du ministère.</p><p>Les délégués ont prévu une deuxième séance au printemps prochain, a-t-il ajouté devant la presse.</p></article></body></html>', 'latin1');
const requests: string[] = [];
let server: Server;
let origin = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url!);
    const url = req.url!;
    if (url === '/moved') return void res.writeHead(301, { location: '/news/flood-plan' }).end();
    if (url === '/news/flood-plan') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    if (url === '/latin1') return void res.writeHead(200, { 'content-type': 'text/html; charset=ISO-8859-1' }).end(LATIN1_PAGE);
    if (url === '/slow') return void setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE), 2_000);
    if (url === '/huge') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write(PAGE);
      return void res.end('x'.repeat(200_000));
    }
    if (url === '/image') return void res.writeHead(200, { 'content-type': 'image/png' }).end('PNG');
    // The archive: a timestamp prefix redirects to the exact snapshot, served raw (id_).
    const snapshot = /^\/web\/(\d+)id_\/(https?:\/\/.+)$/.exec(url);
    if (snapshot && snapshot[1] !== '20240312091500') return void res.writeHead(302, { location: `/web/20240312091500id_/${snapshot[2]}` }).end();
    if (snapshot) return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    res.writeHead(404).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const base = { story: STORY, outlet: 'antiwar', attribution: 'inferred', evidence: 'A test page.' };

describe('ingest from a URL', () => {
  it('follows redirects, records the final URL as url, retrieved as today, and no source file', async () => {
    const contentDir = copyContent();
    const result = await ingest({ ...base, version: 'from-url', capture: `${origin}/moved`, contentDir, today: '2024-03-13' });
    expect(result.entry).toContain(`url: ${origin}/news/flood-plan\n`);
    expect(result.entry).toContain('retrieved: 2024-03-13\n');
    expect(result.entry).toContain('published: 2024-03-12\n');
    expect(result.entry).not.toContain('source:');
    expect(result.entry).toContain('Item\tCost');
    expect(result.report).toContain(`url: "${origin}/news/flood-plan" from the final URL after redirects`);
  });

  it('decodes by the Content-Type header\'s charset', async () => {
    const contentDir = copyContent();
    const result = await ingest({ ...base, version: 'latin1', capture: `${origin}/latin1`, contentDir, published: '2024-03-12', dryRun: true });
    expect(result.entry).toContain('réunion à Genève');
    expect(result.report[1]).toContain('decoded as windows-1252 (HTTP Content-Type header)');
  });

  it('gives up after the timeout, saying so, and writes nothing', async () => {
    const contentDir = copyContent();
    expect(await refusal({ ...base, version: 'slow', capture: `${origin}/slow`, contentDir, fetch: { timeoutMs: 300 } })).toBe(`<capture>: ${origin}/slow: no complete answer within 0.3 s (timeout)`);
  });

  it('refuses a page over the size limit', async () => {
    const contentDir = copyContent();
    expect(await refusal({ ...base, version: 'huge', capture: `${origin}/huge`, contentDir, fetch: { maxBytes: 50_000 } })).toMatch(/^<capture>: .*\/huge: the page is (?:\d+ bytes, )?larger than the 50000-byte limit/);
  });

  it('refuses an error status and a type that is not a page', async () => {
    const contentDir = copyContent();
    expect(await refusal({ ...base, version: 'gone', capture: `${origin}/gone`, contentDir })).toBe(`<capture>: ${origin}/gone: the server answered 404 Not Found`);
    expect(await refusal({ ...base, version: 'image', capture: `${origin}/image`, contentDir })).toBe(`<capture>: ${origin}/image: expected an HTML page or plain text, got image/png`);
  });

  it('--wayback fetches the raw snapshot and records the original URL, the snapshot and its date', async () => {
    const contentDir = copyContent();
    requests.length = 0;
    const original = 'https://www.antiwar.com/2024/03/12/flood-plan/';
    const result = await ingest({ ...base, attribution: undefined, evidence: undefined, version: 'archived', capture: original, wayback: '2024', contentDir, fetch: { archiveOrigin: origin } });
    expect(requests).toEqual([`/web/2024id_/${original}`, `/web/20240312091500id_/${original}`]);
    expect(result.entry).toContain(`url: ${original}\n`);
    expect(result.entry).toContain(`archived: ${origin}/web/20240312091500/${original}\n`);
    expect(result.entry).toContain('retrieved: 2024-03-12\n');
    expect(result.entry).toMatch(/attribution:\n {2}method: url\n {2}evidence: It is an archived copy \(.*\) of https:\/\/www\.antiwar\.com\/2024\/03\/12\/flood-plan\/, on Antiwar\.com’s site antiwar\.com\./);
  });

  it('an archive URL given directly works the same', async () => {
    const contentDir = copyContent();
    const original = 'https://example.org/flood-plan';
    const result = await ingest({ ...base, version: 'archived-url', capture: `${origin}/web/20240312091500/${original}`, contentDir, fetch: { archiveOrigin: origin }, dryRun: true });
    expect(result.entry).toContain(`url: ${original}\n`);
    expect(result.entry).toContain(`archived: ${origin}/web/20240312091500/${original}\n`);
  });

  it('a bad --wayback timestamp or --wayback with a file is refused', async () => {
    const contentDir = copyContent();
    expect(await refusal({ ...base, version: 'w', capture: `${origin}/moved`, wayback: 'last-week', contentDir })).toBe('<capture>: --wayback: expected a Wayback timestamp of 4 to 14 digits (YYYYMMDDhhmmss), got "last-week"');
    expect(await refusal({ ...base, version: 'w', capture: path.join(FIXTURES, 'structure.html'), wayback: '2024', contentDir })).toMatch(/^--wayback: expected the capture to be the page's http\(s\) URL/);
  });
});
