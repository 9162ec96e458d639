import { describe, expect, it } from 'vitest';
import { segmentAccount } from '@lib/engine/segment.ts';
import { loadSeed } from './seeds.ts';

const sentences = (...paragraphs: string[]) =>
  segmentAccount({ id: 't', paragraphs }, { classify: false }).segments.map((s) => s.text);

describe('sentence breaks', () => {
  it('does not break after U.S. before a name or a noun', () => {
    expect(sentences('He met U.S. Secretary of State Antony Blinken. Then he left.')).toEqual([
      'He met U.S. Secretary of State Antony Blinken. ',
      'Then he left.',
    ]);
  });
  it('breaks after U.S. when the next word starts a sentence', () => {
    expect(sentences('The talks were held in the U.S. The next round is in Moscow.')).toHaveLength(2);
  });
  it('does not break after titles such as Gen. or Dr.', () => {
    expect(sentences('Gen. Mark Milley spoke. Dr. Smith agreed.')).toEqual(['Gen. Mark Milley spoke. ', 'Dr. Smith agreed.']);
  });
  it('does not break after initials', () => {
    expect(sentences('John F. Kennedy and J. R. R. Tolkien met. Nobody saw it.')).toEqual([
      'John F. Kennedy and J. R. R. Tolkien met. ',
      'Nobody saw it.',
    ]);
  });
  it('does not break inside a balanced quotation', () => {
    expect(sentences('“The talks were constructive. We will meet again,” Lavrov said. Blinken agreed.')).toEqual([
      '“The talks were constructive. We will meet again,” Lavrov said. ',
      'Blinken agreed.',
    ]);
    expect(sentences('He said "It is over. We won." Then he left.')).toEqual(['He said "It is over. We won." ', 'Then he left.']);
  });
  it('ignores an unbalanced quote', () => {
    expect(sentences('He said “it is over. Then he left.')).toHaveLength(2);
  });
  it('breaks run-ons such as "on Wednesday.The Russian"', () => {
    expect(sentences('They met on Wednesday.The Russian minister spoke.')).toEqual([
      'They met on Wednesday.',
      'The Russian minister spoke.',
    ]);
    expect(sentences('It went well.“We agree,” he said.Blinken left.')).toEqual(['It went well.', '“We agree,” he said.', 'Blinken left.']);
  });
  it('does not break domains or abbreviations', () => {
    expect(sentences('See presstv.co.uk and the U.S.-led talks.')).toHaveLength(1);
  });
  it('breaks at line breaks inside a paragraph', () => {
    expect(sentences('SHARE THIS ARTICLE\nPress TV News')).toEqual(['SHARE THIS ARTICLE\n', 'Press TV News']);
  });
  it('splits the run-ons of seed 002 (Islam Times)', () => {
    const texts = segmentAccount(loadSeed('islam-times')).segments.map((s) => s.text);
    expect(texts).toContain('Lavrov made the remarks after a meeting with US Secretary of State Antony Blinken on the sidelines of the Arctic Council Ministerial summit in the Icelandic capital of Reykjavik on Wednesday.');
    expect(texts.some((t) => t.startsWith('The Russian foreign minister described'))).toBe(true);
    expect(texts.some((t) => t.startsWith('Blinken, for his part,'))).toBe(true);
    expect(texts).toHaveLength(9);
  });
  it('keeps seed 000’s "U.S." sentences whole', () => {
    const texts = segmentAccount(loadSeed('rferl')).segments.map((s) => s.text);
    expect(texts[0]).toMatch(/^Russian Foreign Minister Sergei Lavrov says .* to improve\.\n\n$/s);
    expect(texts.some((t) => t.startsWith('Secretary of State'))).toBe(false);
  });
});

describe('segmentAccount', () => {
  it('is lossless with offsets and attaches separators to the preceding segment', () => {
    const paragraphs = ['One. Two.', 'Three.'];
    const { segments, text } = segmentAccount({ id: 't', paragraphs });
    expect(text).toBe('One. Two.\n\nThree.');
    expect(segments.map((s) => [s.text, s.start, s.end, s.paragraph])).toEqual([
      ['One. ', 0, 5, 0],
      ['Two.\n\n', 5, 11, 0],
      ['Three.', 11, 17, 1],
    ]);
    for (const s of segments) expect(s.tokens.map((t) => t.text).join('')).toBe(s.text);
  });
  it('folds blank paragraphs into a neighbour instead of making empty segments', () => {
    const paragraphs = ['', '  ', 'A.', '', 'B.', ''];
    const { segments } = segmentAccount({ id: 't', paragraphs });
    expect(segments.map((s) => s.text).join('')).toBe(paragraphs.join('\n\n'));
    expect(segments).toHaveLength(2);
    expect(segments[0]!.paragraph).toBe(2);
    expect(segments[1]!.paragraph).toBe(4);
  });
  it('gives no segment to an empty account and one to a blank one', () => {
    expect(segmentAccount({ id: 't', paragraphs: [] }).segments).toEqual([]);
    expect(segmentAccount({ id: 't', paragraphs: [''] }).segments).toEqual([]);
    expect(segmentAccount({ id: 't', paragraphs: [' ', ''] }).segments).toHaveLength(1);
  });
  it('splits a leading scraper stamp off the first sentence', () => {
    const { segments } = segmentAccount({ id: 't', paragraphs: [' date 2021-05-20 Lavrov spoke.'] });
    expect(segments.map((s) => [s.text, s.kind, s.reason])).toEqual([
      [' date 2021-05-20 ', 'boilerplate', 'stamp'],
      ['Lavrov spoke.', 'text', undefined],
    ]);
  });
  it('marks content tokens with stems', () => {
    const [s] = segmentAccount({ id: 't', paragraphs: ['The talks of Sergey.'] }).segments;
    expect(s!.tokens.filter((t) => t.content).map((t) => t.stem)).toEqual(['talk', 'sergei']);
  });
});
