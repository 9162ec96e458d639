import { describe, expect, it } from 'vitest';
import { segmentAccount } from '@lib/engine/segment.ts';

/*
 * The footer walk of classify.ts reaches the page's first paragraph: short lines without a full
 * stop that follow page furniture standing first are page controls too, as they are beside
 * furniture anywhere else. Invented page.
 */

const reasons = (...paragraphs: string[]) =>
  segmentAccount({ id: 'page', paragraphs }).segments.map((s) => (s.kind === 'text' ? 'text' : s.kind === 'boilerplate' ? s.reason : s.kind));

describe('footer walk', () => {
  it('short lines after furniture in the first paragraph are controls', () => {
    expect(reasons('Advertisement', 'Corvena Harbour Radio', 'Port News')).toEqual(['ad', 'share', 'share']);
    expect(reasons('Updated 12 March 2024, 09:14', 'Corvena Harbour Radio', 'Port News')).toEqual(['stamp', 'share', 'share']);
  });
});
