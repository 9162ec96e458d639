import { describe, expect, it } from 'vitest';
import type { QuoteMember, StoryAccountInput } from '@lib/engine/story/index.ts';
import { buildQuotes } from '@lib/engine/story/quotes.ts';
import { storyAccounts, storyOf } from './helpers.ts';

/*
 * A quotation's members are graded against the reference wording in the reference's language (as a
 * passage cluster's members are): a change of inflection only is minor in that language's rules,
 * and minor changes never make a member "paraphrased". Every fixture is invented German or Russian
 * news prose whose quotation differs only in endings that English rules read as other words, so
 * each test fails if the grading drops the account's `lang` again.
 */
const acc = (id: string, lang: string, paragraphs: string[]): StoryAccountInput => ({ id, outlet: `outlet-${id}`, published: '2027-05-03', lang, paragraphs });
const members = (accounts: StoryAccountInput[]): Record<string, QuoteMember> => {
  const found = buildQuotes(storyAccounts(storyOf(accounts)));
  expect(found).toHaveLength(1);
  return Object.fromEntries(found[0]!.members.map((m) => [m.version, m]));
};
/** The grades of a member's changed ops, with their texts. */
const changes = (m: QuoteMember) => m.diff.flatMap(([op, text], k) => (op === 0 ? [] : [`${op === -1 ? '-' : '+'}${text}:${m.grades[k]}`]));

describe('German quotation members are graded with German inflections', () => {
  const intro = 'Arbeitsministerin Katrin Vogel äußerte sich am Montag in Berlin.';
  it('grades a plural for a singular (Forderung / Forderungen) minor', () => {
    const m = members([
      acc('a', 'de', [intro, '„Wir werden die Forderung der Beschäftigten sorgfältig prüfen und noch vor dem Sommer antworten“, sagte Vogel.']),
      acc('b', 'de', [intro, '„Wir werden die Forderungen der Beschäftigten sorgfältig prüfen und noch vor dem Sommer antworten“, sagte Vogel.']),
    ]);
    expect(m.a!.reference).toBe(true);
    expect(changes(m.b!)).toEqual(['-Forderung:minor', '+Forderungen:minor']);
  });

  it('does not call a member paraphrased for endings alone; control: other words are a paraphrase', () => {
    const quote = (words: string) => `„${words}“, sagte Vogel.`;
    const m = members([
      acc('a', 'de', [intro, quote('Die neue Regelung soll den kleinen Betrieben in der schwierigen Lage schnell helfen')]),
      acc('b', 'de', [intro, quote('Die neue Regelung soll den kleinen Betrieben in der schwierigen Lage schnell helfen')]),
      // Four of fourteen words change their endings (neue → neuen, Regelung → Regelungen, soll → sollen, der → den): in German
      // rules the first three are inflections (minor) and only the article another word, 1 of 14 substantive, under the
      // paraphrase share (a quarter); English rules count all four, over it.
      acc('c', 'de', [intro, quote('Die neuen Regelungen sollen den kleinen Betrieben in den schwierigen Lage schnell helfen')]),
      acc('d', 'de', [intro, quote('Die neue Regelung soll den kleinen Betrieben in der schwierigen Lage mit Krediten unter die Arme greifen')]),
    ]);
    expect(m.c!.marks).toEqual([]);
    expect(m.d!.marks).toEqual(['paraphrased']);
  });
});

describe('Russian quotation members are graded with Russian inflections', () => {
  it('grades a change of case or number (заявление / заявления) minor', () => {
    const intro = 'Министр труда Олег Петров выступил в понедельник в Москве.';
    const m = members([
      acc('a', 'ru', [intro, '«Мы внимательно изучим заявление профсоюзов и ответим до конца недели», — сказал Петров.']),
      acc('b', 'ru', [intro, '«Мы внимательно изучим заявление профсоюзов и ответим до конца недели», — сказал Петров.']),
      acc('c', 'ru', [intro, '«Мы внимательно изучим заявления профсоюзов и ответим до конца недели», — сказал Петров.']),
    ]);
    expect(m.a!.reference).toBe(true);
    expect(changes(m.c!)).toEqual(['-заявление:minor', '+заявления:minor']);
  });
});
