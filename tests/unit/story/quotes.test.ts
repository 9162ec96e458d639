import { describe, expect, it } from 'vitest';
import type { QuoteCluster, StoryAccountInput } from '@lib/engine/story/index.ts';
import { buildQuotes } from '@lib/engine/story/quotes.ts';
import { storyAccounts, storyOf } from './helpers.ts';

/**
 * Invented reports of a harbour's reopening, written in the shapes real pages take: a CMS that
 * curls some marks and not others, a quotation over several sentences, a quoted word nested in a
 * quotation, a scare-quoted word followed by a common noun, an organisation as speaker, and a
 * capture cut off in the middle of a quotation.
 */
const accounts = (): StoryAccountInput[] => [
  {
    id: 'gazette',
    outlet: 'gazette',
    published: '2025-04-01',
    paragraphs: [
      'The mayor of Vesterby, Ingrid Holm, opened the rebuilt harbour wall on Tuesday after two winters of storm damage.',
      '"The harbour will reopen to the fishing fleet in June,” Holm said, standing beside the new breakwater.',
      '“We did not agree on the schedule with the contractor. We will meet again next week and settle it,” she told reporters.',
      '“The contractor called the offer ‘generous’, but nothing is signed yet,” said Holm.',
      'The council’s “temporary” closure officials announced last spring has now lasted a year, and local officials admit the delay hurt trade.',
      '“Repairs to the northern quay start in May,” the Port Authority said in a statement.',
    ],
  },
  {
    id: 'courier',
    outlet: 'courier',
    published: '2025-04-02',
    paragraphs: [
      'Vesterby’s rebuilt harbour wall was opened by Mayor Ingrid Holm on Tuesday.',
      '“The harbour will reopen to the fishing fleet in June," Holm told the crowd.',
      '“Repairs to the northern quay start in May,” the Port Authority said.',
      'Holm told the local radio station: “We did not agree on the schedule with the contra',
    ],
  },
];

const quoteOf = (f: { quotes: QuoteCluster[] }, start: string) => f.quotes.find((q) => q.members.some((m) => m.text.startsWith(start)));

describe('quotes', () => {
  // The accounts are prepared once; the quotations are found inside each test, never at collection:
  // Stryker counts code run outside a test as static and skips its mutants.
  const prepared = storyAccounts(storyOf(accounts()));
  const findings = () => ({ quotes: buildQuotes(prepared) });

  it('finds quotations with mixed straight and curly marks, and groups them across accounts', () => {
    const f = findings();
    const q = quoteOf(f, 'The harbour will reopen')!;
    expect(q.versions).toEqual(['gazette', 'courier']);
    expect(q.members.map((m) => m.text)).toEqual(['The harbour will reopen to the fishing fleet in June,', 'The harbour will reopen to the fishing fleet in June,']);
    expect(q.speaker).toBe('Ingrid Holm');
  });

  it('reads a quotation over two sentences as one, attributed to the person a pronoun refers to', () => {
    const f = findings();
    const m = quoteOf(f, 'We did not agree')!.members.find((x) => x.version === 'gazette')!;
    expect(m.text).toBe('We did not agree on the schedule with the contractor. We will meet again next week and settle it,');
    expect(m).toMatchObject({ speaker: 'Ingrid Holm', verb: 'told' });
  });

  it('a nested quotation is part of its statement, not a quotation of its own', () => {
    const f = findings();
    expect(quoteOf(f, 'The contractor called the offer ‘generous’')).toBeDefined();
    expect(quoteOf(f, 'generous')).toBeUndefined();
  });

  it('a common noun after a scare-quoted word is never the speaker; an organisation is', () => {
    const f = findings();
    // “temporary” is followed by "closure officials announced": a speech verb, but a common noun before it.
    // Unattributed and carried by one account only, the scare quote is not listed at all.
    const scare = f.quotes.flatMap((q) => q.members).filter((m) => m.text === 'temporary');
    expect(scare.every((m) => m.speaker === null)).toBe(true);
    expect(f.quotes.flatMap((q) => q.members).some((m) => /officials/i.test(m.speaker ?? ''))).toBe(false);
    expect(quoteOf(f, 'Repairs to the northern quay')!.speaker).toBe('Port Authority');
  });

  it('a quotation cut off by the end of the capture is matched to its fuller form and marked truncated', () => {
    const f = findings();
    const q = quoteOf(f, 'We did not agree')!;
    const cut = q.members.find((m) => m.version === 'courier')!;
    expect(cut.text).toBe('We did not agree on the schedule with the contra');
    expect(cut.marks).toContain('truncated');
    expect(cut.speaker).toBe('Ingrid Holm');
  });
});

describe('a statement quoted over several paragraphs', () => {
  it('is one quotation (no closing mark until its last paragraph), attributed at its end, not truncated', () => {
    const f = {
      quotes: buildQuotes(storyAccounts(storyOf([
        {
          id: 'weekly',
          outlet: 'weekly',
          published: '2025-04-03',
          paragraphs: [
            'The harbour master of Vesterby, Lars Dahl, spoke at length about the winter.',
            '“The storms took the old wall in two nights. We had no warning from the forecasters.',
            '“Now the new wall stands and the fleet can come home in June,” Dahl said.',
          ],
        },
        {
          id: 'daily',
          outlet: 'daily',
          published: '2025-04-03',
          paragraphs: ['“The storms took the old wall in two nights,” Dahl told the council on Monday evening.', 'The fleet is expected back in June.'],
        },
      ]))),
    };
    const q = quoteOf(f, 'The storms took the old wall in two nights. We had')!;
    const m = q.members.find((x) => x.version === 'weekly')!;
    expect(m.text).toBe('The storms took the old wall in two nights. We had no warning from the forecasters. Now the new wall stands and the fleet can come home in June,');
    expect(m).toMatchObject({ speaker: 'Lars Dahl', verb: 'said' });
    expect(m.marks).not.toContain('truncated');
    expect(q.versions).toEqual(['daily', 'weekly']); // same day: canonical order by id
  });
});
