/** Encodings (issue 12, case 2): decoded correctly from BOM, declaration or detection, or refused by name; never a silent U+FFFD. */
import { describe, expect, it } from 'vitest';
import { decodeCapture } from '@lib/ingest/decode.ts';
import { ingest } from '@lib/ingest/ingest.ts';
import { INFERRED, STORY, capture, copyContent, refusal } from './helpers.ts';

/** Prose with accented letters, written by this project, as any single-byte encoding would store it. */
const FRENCH = 'Le ministre a déclaré que la réunion à Genève était « très constructive ». Les délégués ont prévu une deuxième séance, a précisé le porte-parole.';
const latin1 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
/** windows-1252 puts curly quotes and dashes at 0x80–0x9F, where ISO-8859-1 has control codes. */
const CP1252_TEXT = 'Il a dit \u201cnon\u201d \u2013 puis il est parti. Le déjeuner a été servi à midi, après la séance du comité. Rien n\u2019a été décidé.';
const cp1252 = (text: string) => Uint8Array.from([...text].map((c) => ({ '\u201c': 0x93, '\u201d': 0x94, '\u2013': 0x96, '\u2019': 0x92 })[c] ?? c.charCodeAt(0)));

describe('decodeCapture', () => {
  it('UTF-8 (with or without a BOM) and UTF-16 by its BOM', () => {
    expect(decodeCapture(new TextEncoder().encode(FRENCH))).toMatchObject({ text: FRENCH, encoding: 'utf-8', from: 'valid UTF-8' });
    expect(decodeCapture(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(FRENCH)]))).toMatchObject({ text: FRENCH, from: 'byte order mark' });
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Uint16Array.from([...FRENCH].map((c) => c.charCodeAt(0))).buffer)]);
    expect(decodeCapture(utf16)).toMatchObject({ text: FRENCH, encoding: 'utf-16le' });
  });
  it('latin-1 text without a declaration is detected by chardet and decoded exactly', () => {
    const decoded = decodeCapture(latin1(FRENCH));
    expect(decoded.text).toBe(FRENCH);
    expect(decoded.from).toMatch(/^detected by chardet, \d+% confident$/);
    expect(decoded.text).not.toContain('\uFFFD');
  });
  it('windows-1252 curly quotes and dashes come back as themselves', () => {
    expect(decodeCapture(cp1252(CP1252_TEXT), { encoding: 'windows-1252' }).text).toBe(CP1252_TEXT);
    expect(decodeCapture(cp1252(CP1252_TEXT)).text).toBe(CP1252_TEXT);
  });
  it('an HTML <meta> charset and an HTTP Content-Type charset are obeyed', () => {
    const page = `<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body><p>${FRENCH}</p></body></html>`;
    expect(decodeCapture(latin1(page), { html: true })).toMatchObject({ text: page, encoding: 'windows-1252', from: '<meta> charset declaration' });
    expect(decodeCapture(latin1(FRENCH), { httpCharset: 'ISO-8859-1' })).toMatchObject({ text: FRENCH, from: 'HTTP Content-Type header' });
  });
  it('bytes that the declared encoding cannot hold are refused, naming the encoding', () => {
    const page = `<!doctype html><meta charset="utf-8"><p>${FRENCH}</p>`;
    expect(() => decodeCapture(latin1(page), { html: true })).toThrow('the capture is not valid utf-8 (<meta> charset declaration): some bytes have no character in that encoding; pass --encoding');
  });
  it('an unknown encoding name is refused by name', () => {
    expect(() => decodeCapture(latin1(FRENCH), { httpCharset: 'x-klingon' })).toThrow('the encoding "x-klingon" (HTTP Content-Type header) is not one this tool can decode');
  });
  it('an undecidable encoding is refused with chardet\'s guesses, never guessed silently', () => {
    expect(() => decodeCapture(new Uint8Array([0xe9, 0x41, 0xfa]))).toThrow(/its encoding cannot be told with confidence \(chardet's best guess is .* at \d+%/);
  });
  it('U+FFFD already in a UTF-8 capture is counted, not hidden', () => {
    expect(decodeCapture(new TextEncoder().encode('Caf\uFFFD au lait.')).replacementCharacters).toBe(1);
  });
});

describe('ingest decodes the capture file', () => {
  const base = { story: STORY, version: 'french', outlet: 'antiwar', published: '2021-05-19', ...INFERRED };
  it('a latin-1 text file is written as the right characters, and the report names the encoding', async () => {
    const contentDir = copyContent();
    const result = await ingest({ ...base, capture: capture(contentDir, 'latin1.txt', latin1(`${FRENCH}\n\n${FRENCH}\n`)), contentDir });
    expect(result.entry).toContain('déclaré');
    expect(result.entry).not.toContain('\uFFFD');
    expect(result.report[1]).toMatch(/^text: 2 paragraph\(s\) kept from plain text, decoded as windows-1252 \(detected by chardet/);
  });
  it('an HTML page that declares charset=iso-8859-1 is decoded by its declaration', async () => {
    const contentDir = copyContent();
    const page = `<!doctype html><html><head><meta charset="iso-8859-1"><title>Genève</title></head><body><article><p>${FRENCH}</p><p>${FRENCH}</p></article></body></html>`;
    const result = await ingest({ ...base, capture: capture(contentDir, 'page.html', latin1(page)), contentDir });
    expect(result.entry).toContain('réunion à Genève');
    expect(result.report[1]).toContain('decoded as windows-1252 (<meta> charset declaration)');
  });
  it('a wrong declaration is refused with the encoding named, and nothing is written', async () => {
    const contentDir = copyContent();
    const page = `<!doctype html><html><head><meta charset="utf-8"></head><body><p>${FRENCH}</p></body></html>`;
    expect(await refusal({ ...base, capture: capture(contentDir, 'page.html', latin1(page)), contentDir })).toMatch(/^<capture> ".*page\.html": the capture is not valid utf-8 \(<meta> charset declaration\)/);
  });
  it('--encoding overrides a wrong declaration', async () => {
    const contentDir = copyContent();
    const page = `<!doctype html><html><head><meta charset="utf-8"></head><body><article><p>${FRENCH}</p></article></body></html>`;
    const result = await ingest({ ...base, capture: capture(contentDir, 'page.html', latin1(page)), contentDir, encoding: 'latin1', dryRun: true });
    expect(result.entry).toContain('Genève');
  });
});
