import { describe, expect, it } from 'vitest';
import type { StoryAccountInput } from '@lib/engine/story/index.ts';
import { analyse, storyOf } from '../story/helpers.ts';

/**
 * Quotations are read, stemmed and weighed in their account's language (`lang/`): two invented
 * German reports quote one statement in two inflections ("Die beschädigten Fischkutter erreichten …"
 * / "Der beschädigte Fischkutter erreichte …"), which German stems and stopwords group and English
 * rules keep apart (to them "die"/"der", "beschädigten"/"beschädigte" and "erreichten"/"erreichte"
 * are different content words).
 */
/** An invented account of its own outlet, in `lang` when given (else read as English). */
const account = (id: string, published: string, paragraphs: string[], lang?: string): StoryAccountInput => ({ id, outlet: id, published, paragraphs, ...(lang ? { lang } : {}) });

const accounts = (lang?: string): StoryAccountInput[] => [
  account('anzeiger', '2025-04-01', [
    'Die Stadt Vesterby hat am Dienstag die neue Hafenmauer eröffnet.',
    '"Die beschädigten Fischkutter erreichten den reparierten Hafen", sagte Holm.',
  ], lang),
  account('kurier', '2025-04-02', [
    'In Vesterby wurde die Hafenmauer nach zwei Jahren fertiggestellt.',
    'Bürgermeisterin Ingrid Holm erklärte: "Der beschädigte Fischkutter erreichte den reparierten Hafen."',
  ], lang),
];

const groupsBoth = (lang?: string) => analyse(storyOf(accounts(lang))).quotes.some((q) => q.versions.length === 2);

describe('quotations in their language', () => {
  it('groups one German statement quoted in two inflections with German rules', () => {
    expect(groupsBoth('de')).toBe(true);
  });
  it('keeps them apart with English rules (the account\'s lang selects the module)', () => {
    expect(groupsBoth()).toBe(false);
  });
});
