import { describe, expect, it } from 'vitest';
import { furniturePatterns, scraperStamp } from '@lib/engine/furniture.ts';
import { english } from '@lib/engine/lang/en.ts';
import { german } from '@lib/engine/lang/de.ts';
import { parsePlainCapture } from '@lib/ingest/plain.ts';

// The one scraper-stamp pattern: segmentation, classification and ingest read stamps alike.
describe('scraperStamp', () => {
  const stamp = scraperStamp('date|captured', 'on|at', '\\s+');
  it('reads a stamp word, an optional joiner and colon, an ISO date (group 1) and time', () => {
    expect(stamp.exec('date 2021-05-20 Russian Foreign Minister')?.[1]).toBe('2021-05-20');
    expect(stamp.exec('Captured on: 2021-05-20T10:22Z The minister')?.[1]).toBe('2021-05-20');
    expect(stamp.exec('  DATE 2021-05-20 10:22:05 Text')?.[0]).toBe('  DATE 2021-05-20 10:22:05 ');
  });
  it('needs the ISO date right after the stamp word', () => {
    expect(stamp.test('date night 2021-05-20 was fun')).toBe(false);
    expect(stamp.test('date 20 May 2021 was fun')).toBe(false);
  });
  it('is the engine\'s leading stamp and stamp-only line', () => {
    const p = furniturePatterns(english);
    expect(p.leadingStamp.exec('archived at 2021-05-20 The talks')?.[1]).toBe('2021-05-20');
    expect(p.stampOnly.test('retrieved: 2021-05-20')).toBe(true);
    expect(p.stampOnly.test('retrieved: 2021-05-20 The talks')).toBe(false);
  });
  it('moves only a publication stamp to front matter at ingest', () => {
    expect(parsePlainCapture('Date: 2021-05-20 The talks began.').stampedDate).toBe('2021-05-20');
    // A capture date is not the article's date: the text keeps it (the engine labels it furniture).
    expect(parsePlainCapture('captured 2021-05-20 The talks began.')).toMatchObject({ paragraphs: ['captured 2021-05-20 The talks began.'] });
  });
});

describe('date stamps in the language\'s words', () => {
  it('joins a stamp word to its date with the language\'s joiner', () => {
    expect(furniturePatterns(english).dateStamp.test('Updated on May 20th, 2021 at 10:22 GMT')).toBe(true);
    expect(furniturePatterns(german).dateStamp.test('Aktualisiert am 20. Mai 2021, 10:22 Uhr')).toBe(true);
    expect(furniturePatterns(german).dateStamp.test('Aktualisiert on 20. Mai 2021')).toBe(false);
  });
});
