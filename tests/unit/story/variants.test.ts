import { describe, expect, it } from 'vitest';
import { analyse, storyOf } from './helpers.ts';
import { ORIGINAL } from './synthetic.ts';
import { extendsWord, isSpellingVariant } from '@lib/engine/story/index.ts';
import { diffSlots } from '@lib/engine/story/variants.ts';

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

describe('name variants are spellings in one slot', () => {
  const names = (accounts: Parameters<typeof storyOf>[0]) =>
    analyse(storyOf(accounts))
      .variants.filter((v) => v.kind === 'name')
      .map((v) => v.forms.map((f) => f.text).sort().join('/'));
  const account = (id: string, paragraphs: string[]) => ({ id, outlet: id, published: '2025-06-10', paragraphs });

  it('finds transliterations in the same place of one name, even in sentences written differently', () => {
    expect(
      names([
        account('one', ['The ferry operator’s chief, Aleksandr Volkov, said the timetable would change in July.', ORIGINAL[0]!]),
        account('two', ['Passengers were told by Alexander Volkov that summer sailings would be cut back.', ORIGINAL[0]!]),
      ]),
    ).toEqual(['Aleksandr/Alexander']);
  });

  it('finds spellings that stand in one slot of aligned passages (a doubled letter is spelling too)', () => {
    const tail = 'met the harbour commission on Thursday to discuss the dredging contract and the new pilot boats.';
    expect(names([account('one', [`President Zelensky ${tail}`, ORIGINAL[1]!]), account('two', [`President Zelenskyy ${tail}`, ORIGINAL[1]!])])).toEqual(['Zelensky/Zelenskyy']);
  });

  it('rejects derivations and inflections standing in one slot (Kenya/Kenyan)', () => {
    const tail = 'delegation left the summit early after the vote on fishing quotas was postponed again.';
    expect(names([account('one', [`The Kenya ${tail}`, ORIGINAL[2]!]), account('two', [`The Kenyan ${tail}`, ORIGINAL[2]!])])).toEqual([]);
  });

  it('rejects a word cut off by the end of a capture (truncation, not a variant)', () => {
    const lead = 'Reporters later asked about the jailed activist Pavel';
    expect(names([account('full', [ORIGINAL[3]!, `${lead} Kovalenko.`]), account('cut', [ORIGINAL[3]!, `${lead} Kovalenk`])])).toEqual([]);
  });

  it('never compares look-alikes that do not stand in one slot (Kiev here, Kyiv in another sentence)', () => {
    expect(
      names([
        account('one', ['Talks in Kiev ended early on Monday without a statement.', ORIGINAL[4]!]),
        account('two', [ORIGINAL[4]!, 'A relief train from Kyiv reached the northern villages late on Tuesday.']),
      ]),
    ).toEqual([]);
  });

  it('the spelling test itself: transliterations pass; endings, case and different names fail', () => {
    expect(isSpellingVariant('Sergei', 'Sergey')).toBe(true);
    expect(isSpellingVariant('Aleksei', 'Alexei')).toBe(true);
    expect(isSpellingVariant('Councilor', 'Councillor')).toBe(true);
    for (const [x, y] of [['Iran', 'Iranian'], ['Council', 'Councillor'], ['Ukraine', 'Ukrainian'], ['Kenya', 'Kenyan'], ['Navaln', 'Navalny'], ['Lavrov', 'LAVROV'], ['Iran', 'Iraq']])
      expect(isSpellingVariant(x!, y!), `${x}/${y}`).toBe(false);
    expect(extendsWord('Iran', 'Iranian')).toBe(true);
    expect(extendsWord('Ukraine', 'Ukrainian')).toBe(true);
    expect(extendsWord('Sergei', 'Sergey')).toBe(false);
  });
});

describe('figures only where they fill one slot', () => {
  it('numbers from differently built sentences of one passage are not compared', () => {
    const { variants, clusters } = analyse(
      storyOf([
        { id: 'one', outlet: 'x', published: '2024-05-21', paragraphs: ['The ferry left the island of Holm at dawn carrying 40 passengers and a cargo of timber for the mainland mill.', ORIGINAL[6]!] },
        { id: 'two', outlet: 'y', published: '2024-05-21', paragraphs: ['Carrying a cargo of timber for the mainland mill, the ferry left the island of Holm at dawn with 12 crew on deck.', ORIGINAL[6]!] },
      ]),
    );
    expect(clusters.some((c) => c.members.length === 2 && c.members[0]!.text.includes('Holm'))).toBe(true);
    expect(variants.filter((v) => v.kind !== 'name')).toEqual([]);
  });
});

describe('diff slots', () => {
  it('a substitution is a slot only with shared words (or the passage edge) on both sides, and short', () => {
    const slot = diffSlots([[0, 'The ferry carried '], [-1, '40'], [1, '12'], [0, ' passengers at dawn.']], 3);
    expect(slot).toEqual([{ before: '40', after: '12', left: 'The ferry carried ', right: ' passengers at dawn.', index: 1 }]);
    expect(diffSlots([[-1, 'Kiev'], [1, 'Kyiv'], [0, ' talks ended.']], 3)).toHaveLength(1); // passage start is context
    // Two changes side by side: neither has the same words on both sides.
    expect(diffSlots([[0, 'The ferry carried '], [-1, '40'], [1, '12'], [0, ', '], [-1, 'passengers'], [1, 'crew'], [0, ' at dawn']], 3)).toEqual([]);
    expect(diffSlots([[0, 'It carried '], [-1, 'about forty tonnes of timber'], [1, '12 crew'], [0, ' at dawn']], 3)).toEqual([]);
  });
});
