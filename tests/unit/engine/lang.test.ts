import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildStoryContext, compareAccounts, languageFor, segmentAccount, SUPPORTED_LANGS, type AccountInput } from '@lib/engine/index.ts';

const fixture = JSON.parse(
  readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/lang/accounts.json'), 'utf8'),
) as Record<'de' | 'ru', { a: string[]; b: string[] }>;

describe('language modules', () => {
  it('English, German and Russian have modules; other codes read as English; region subtags are ignored', () => {
    expect(SUPPORTED_LANGS).toEqual(['en', 'de', 'ru']);
    expect(languageFor('de-AT').code).toBe('de');
    expect(languageFor('fr').code).toBe('en');
    expect(languageFor(undefined).code).toBe('en');
  });
  it('German: Snowball stems meet across inflections; stopwords from stopwords-iso', () => {
    const de = languageFor('de');
    expect(de.stem('gesprachen')).toBe(de.stem('gesprache'));
    expect(de.stem('entschadigung')).toBe(de.stem('entschadigungen'));
    expect(de.stopwords.has('und')).toBe(true);
    expect(de.stopwords.has('gipfel')).toBe(false);
  });
  it('Russian: Snowball stems meet across cases; й survives normalization; stopwords from stopwords-iso', () => {
    const ru = languageFor('ru');
    expect(ru.stem('переговоры')).toBe(ru.stem('переговорах'));
    expect(ru.stem('компенсации')).toBe(ru.stem('компенсация'));
    expect(ru.stopwords.has('и')).toBe(true);
    expect(ru.stopwords.has('саммит')).toBe(false);
    const tokens = segmentAccount({ id: 'x', lang: 'ru', paragraphs: ['Новый саммит.'] }).segments[0]!.tokens;
    expect(tokens[0]!.key).toBe('новый');
  });
  it('English stopwords do not apply to a German account', () => {
    const tokens = segmentAccount({ id: 'x', lang: 'de', paragraphs: ['Die Gespräche in Halvik.'] }).segments[0]!.tokens;
    expect(tokens.filter((t) => t.content).map((t) => t.key)).toEqual(['gesprache', 'halvik']);
  });
});

describe('furniture phrases come from the language module', () => {
  const page = ['Teilen', 'Die Außenminister trafen sich am Donnerstag in Halvik.', 'Foto: Mara Lind/dpa', 'Anzeige', 'Reiner sagte, die Gespräche seien konstruktiv gewesen.', 'Mehr zum Thema', 'Gipfel im Juni geplant'];
  const reasons = (lang: string) => segmentAccount({ id: 'x', lang, paragraphs: page }).segments.map((s) => s.reason ?? null);
  it('a German page: share control, credit, ad label, related block', () => {
    expect(reasons('de')).toEqual(['share', null, 'caption', 'ad', null, 'related', 'related']);
  });
  it('read as English, the German labels are not recognised', () => {
    expect(reasons('en')).not.toEqual(reasons('de'));
  });
});

describe.each(['de', 'ru'] as const)('%s accounts: retellings align with the language module', (lang) => {
  const a: AccountInput = { id: 'a', lang, paragraphs: fixture[lang].a };
  const b: AccountInput = { id: 'b', lang, paragraphs: fixture[lang].b };
  const context = buildStoryContext([a, b]);
  it('the three retold sentences pair 1:1 in order; the unrelated last ones do not', () => {
    const c = compareAccounts(a, b, context);
    const pairs = c.rows.filter((r) => r.a.length > 0 && r.b.length > 0).map((r) => [r.a, r.b]);
    expect(pairs).toEqual([[[0], [0]], [[1], [1]], [[2], [2]]]);
    expect(c.rows.filter((r) => r.kind === 'a-only' || r.kind === 'b-only').map((r) => [...r.a, ...r.b])).toEqual([[3], [3]]);
  });
  it('read with English rules instead, the pairs score lower (the stems are what meets)', () => {
    const score = (x: AccountInput, y: AccountInput) => compareAccounts(x, y, buildStoryContext([x, y])).rows.reduce((n, r) => n + (r.score ?? 0), 0);
    const en = (x: AccountInput): AccountInput => ({ ...x, lang: 'en' });
    expect(score(a, b)).toBeGreaterThan(score(en(a), en(b)) + 0.1);
  });
});
