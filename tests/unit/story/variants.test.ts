import { describe, expect, it } from 'vitest';
import { analyse, storyOf } from './helpers.ts';
import { ORIGINAL } from './synthetic.ts';

describe('variants on synthetic accounts', () => {
  it('reports numbers and dates that disagree inside one passage, not the same value written differently', () => {
    const a = [ORIGINAL[5]!, 'The ministry said the bridge opened on May 19 after talks lasting nearly two hours with the contractor and the regional transport office.', ORIGINAL[0]!];
    const b = [
      ORIGINAL[5]!.replace('for two hours', 'for 2 hours'),
      'The ministry said the bridge opened on May 20 after talks lasting nearly three hours with the contractor and the regional transport office.',
      ORIGINAL[0]!,
    ];
    const { variants } = analyse(
      storyOf([
        { id: 'one', outlet: 'x', published: '2024-05-21', paragraphs: a },
        { id: 'two', outlet: 'y', published: '2024-05-21', paragraphs: b },
      ]),
    );
    const figures = variants.filter((v) => v.kind !== 'name').map((v) => `${v.kind}:${v.forms.map((f) => f.text).join('/')}`);
    expect(figures).toContain('date:May 19/May 20');
    expect(figures).toContain('number:two/three');
    expect(figures.some((f) => /two\/2|2\/two/.test(f))).toBe(false); // "two hours" / "2 hours" agree
    expect(figures).toHaveLength(2);
  });

  it('reads figures written as one token with a suffix (19th, 1990s), as the engine tokenizes them', () => {
    const tail = ' after talks with the contractor and the regional transport office about the tolls.';
    const { variants } = analyse(
      storyOf([
        { id: 'one', outlet: 'x', published: '2024-05-21', paragraphs: [`The ministry said the bridge opened on May 19th, the first since the 1990s,${tail}`, ORIGINAL[0]!] },
        { id: 'two', outlet: 'y', published: '2024-05-21', paragraphs: [`The ministry said the bridge opened on May 20th, the first since the 1980s,${tail}`, ORIGINAL[0]!] },
      ]),
    );
    const figures = variants.filter((v) => v.kind !== 'name').map((v) => `${v.kind}:${v.forms.map((f) => f.text).join('/')}`);
    expect(figures).toContain('date:May 19th/May 20th');
    expect(figures).toContain('date:1990s/1980s');
  });

  it('groups spellings of one name by general rules (Kiev/Kyiv) but not different names', () => {
    const { variants } = analyse(
      storyOf([
        { id: 'one', outlet: 'x', published: '2024-05-21', paragraphs: ['Officials in Kiev met envoys from Iran on Monday to discuss the grain corridor and shipping insurance.'] },
        { id: 'two', outlet: 'y', published: '2024-05-21', paragraphs: ['Officials in Kyiv met envoys from Iraq on Monday to discuss the grain corridor and shipping insurance.'] },
      ]),
    );
    const names = variants.filter((v) => v.kind === 'name').map((v) => v.forms.map((f) => f.text).sort().join('/'));
    expect(names).toEqual(['Kiev/Kyiv']);
  });
});
