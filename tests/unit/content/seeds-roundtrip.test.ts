/**
 * Nothing lost: every seed capture, read back from its committed content entry through remark,
 * equals the capture character for character, apart from the whitespace between paragraphs and
 * the scraper's date stamp, which moved to front matter.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '@lib/content/corpus.ts';
import { CONTENT, SEEDS, STORY } from './fixtures.ts';
const seedOf: Record<string, string> = {
  rferl: '000_e681bf5042595bdb.txt',
  'rferl-annotated-repost': '001_d549bccffe437c16.txt',
  'islam-times': '002_7fd03c112bf38d48.txt',
  'press-tv': '003_9234341cac6e6bb5.txt',
  antiwar: '004_e494edcee4030ef3.txt',
};

/** Walks the capture: each paragraph must follow the previous one with only whitespace between. */
function unmatchedRest(capture: string, paragraphs: readonly string[]): string {
  let at = 0;
  for (const paragraph of paragraphs) {
    const gap = /^\s*/.exec(capture.slice(at))![0];
    expect(capture.slice(at + gap.length, at + gap.length + paragraph.length)).toBe(paragraph);
    at += gap.length + paragraph.length;
  }
  return capture.slice(at);
}

describe('seed round trip', async () => {
  const corpus = await loadCorpus(CONTENT);
  for (const [version, seed] of Object.entries(seedOf)) {
    it(`${version} reads back as ${seed}`, () => {
      const entry = corpus.versions.find((v) => v.id === `${STORY}/${version}`)!;
      let capture = readFileSync(path.join(SEEDS, seed), 'utf8');
      const stamp = /^ date (\d{4}-\d{2}-\d{2}) /.exec(capture);
      if (stamp) {
        expect(entry.data.published).toBe(stamp[1]);
        capture = capture.slice(stamp[0].length);
      }
      expect(entry.data.source).toBe(seed);
      expect(unmatchedRest(capture, entry.paragraphs).trim()).toBe('');
      // The same characters in the same order: only whitespace may differ, and only between paragraphs.
      expect(entry.paragraphs.join('').replace(/\s+/g, '')).toBe(capture.replace(/\s+/g, ''));
    });
  }
});
