import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '@lib/content/corpus.ts';
import { ingest } from '@lib/ingest/ingest.ts';
import { detectLanguage } from '@lib/ingest/language.ts';
import { REPO, STORY, copyContent } from '../content/fixtures.ts';

const fixture = JSON.parse(readFileSync(path.join(REPO, 'tests/fixtures/lang/accounts.json'), 'utf8')) as Record<'de' | 'ru', { a: string[] }>;
const english = [
  'The two foreign ministers met in Halvik on Thursday to prepare for a possible summit of their presidents next month.',
  'Reiner said his country would not accept new fishing quotas in the strait without compensation, officials said.',
];

describe('language detection at ingest (franc-min)', () => {
  it('tells German, Russian and English apart, as ISO 639-1 codes', () => {
    expect(detectLanguage(fixture.de.a)).toBe('de');
    expect(detectLanguage(fixture.ru.a)).toBe('ru');
    expect(detectLanguage(english)).toBe('en');
  });
  it('does not guess on a line too short to tell', () => {
    expect(detectLanguage(['Die Gespräche.'])).toBeUndefined();
  });
  it('ingest writes the detected language, or the one given; English (the default) is not written', async () => {
    const contentDir = copyContent();
    const capture = path.join(contentDir, 'capture.txt');
    const base = { story: STORY, outlet: 'antiwar', published: '2021-05-20', capture, contentDir, attribution: 'inferred', evidence: 'a test capture' };
    writeFileSync(capture, fixture.de.a.join('\n\n'));
    await ingest({ ...base, version: 'german-capture' });
    await ingest({ ...base, version: 'given-capture', lang: 'ru' });
    writeFileSync(capture, english.join('\n\n'));
    await ingest({ ...base, version: 'english-capture' });
    const versions = (await loadCorpus(contentDir)).versions;
    const lang = (v: string) => versions.find((x) => x.version === v)!.data.lang;
    expect([lang('german-capture'), lang('given-capture'), lang('english-capture')]).toEqual(['de', 'ru', undefined]);
  });
  it('the content schema rejects a language that is not a two-letter code', async () => {
    const contentDir = copyContent();
    const capture = path.join(contentDir, 'capture.txt');
    writeFileSync(capture, english.join('\n\n'));
    await expect(ingest({ story: STORY, outlet: 'antiwar', published: '2021-05-20', capture, contentDir, attribution: 'inferred', evidence: 'a test capture', version: 'x', lang: 'English' })).rejects.toThrow(/--lang: expected an ISO 639-1 language code/);
  });
});
