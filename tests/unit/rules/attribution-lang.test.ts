import { describe, expect, it } from 'vitest';
import type { StoryAccountInput } from '@lib/engine/story/index.ts';
import { analyse, storyOf } from '../story/helpers.ts';

/**
 * Quotation attribution reads each account in its own language's words (`lang/`): an invented
 * German report's speech verb and pronoun, which English rules do not know.
 */
const german = (lang?: string): StoryAccountInput[] => [
  {
    id: 'anzeiger',
    outlet: 'anzeiger',
    published: '2025-04-01',
    ...(lang ? { lang } : {}),
    paragraphs: [
      'Bürgermeisterin Ingrid Holm eröffnete am Dienstag die neue Hafenmauer von Vesterby.',
      '"Der Hafen wird im Juni für die Fischereiflotte wieder geöffnet", sagte Holm.',
      '"Die Reparaturen am nördlichen Kai beginnen im Mai und dauern bis zum Herbst", betonte sie.',
    ],
  },
  {
    id: 'kurier',
    outlet: 'kurier',
    published: '2025-04-02',
    ...(lang ? { lang } : {}),
    paragraphs: [
      'Die neue Hafenmauer wurde von Ingrid Holm eröffnet, sagte ein Sprecher der Stadt Holm zufolge.',
      '"Der Hafen wird im Juni für die Fischereiflotte wieder geöffnet", sagte Holm am Dienstag.',
    ],
  },
];

describe('attribution words by language', () => {
  it('reads German speech verbs and pronouns with the German module', () => {
    const f = analyse(storyOf(german('de')));
    const harbour = f.quotes.find((q) => q.members.some((m) => m.text.startsWith('Der Hafen')))!;
    expect(harbour.speaker).toBe('Ingrid Holm');
    expect(harbour.members.map((m) => m.verb)).toEqual(['sagte', 'sagte']);
  });
  it('English rules do not know them (the account\'s lang selects the module)', () => {
    const f = analyse(storyOf(german()));
    const harbour = f.quotes.find((q) => q.members.some((m) => m.text.startsWith('Der Hafen')))!;
    expect(harbour.members.map((m) => m.verb)).toEqual([null, null]);
  });
});
