import { describe, expect, it } from 'vitest';
import { segmentAccount } from '@lib/engine/index.ts';

/*
 * A scraper's capture stamp is split off only at the very start of a capture (the first
 * paragraph): that is where a scraper writes it. The same words later in the text are prose that
 * happens to start with a capture word and a date ("Captured on 2023-06-14 by a passenger, …"),
 * and stay one sentence. Invented paragraphs.
 */

const PROSE = 'Captured on 2023-06-14 by a passenger, the video shows the ferry listing before it docked.';

describe('leading capture stamp', () => {
  it('splits a stamp-shaped start off the first paragraph (the control)', () => {
    const { segments } = segmentAccount({ id: 'a', paragraphs: [PROSE, 'The operator said the crossing resumed on Friday.'] });
    expect(segments.map((s) => s.text)).toEqual(['Captured on 2023-06-14 ', 'by a passenger, the video shows the ferry listing before it docked.\n\n', 'The operator said the crossing resumed on Friday.']);
  });

  it('leaves the same words one sentence in a later paragraph', () => {
    const { segments } = segmentAccount({ id: 'a', paragraphs: ['The operator said the crossing resumed on Friday.', PROSE] });
    expect(segments.map((s) => s.text)).toEqual(['The operator said the crossing resumed on Friday.\n\n', PROSE]);
    expect(segments.map((s) => s.kind)).toEqual(['text', 'text']);
  });
});
