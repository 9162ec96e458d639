import { describe, expect, it } from 'vitest';
import type { QuoteMember, StoryAccountInput } from '@lib/engine/story/index.ts';
import { buildQuotes } from '@lib/engine/story/quotes.ts';
import { storyAccounts, storyOf } from './helpers.ts';

/*
 * Quotations at the quotes module's own level (`buildQuotes` on prepared accounts, no whole
 * analysis): how a reader sees one statement across outlets (the reference wording, members cut
 * short, reworded or given to another speaker, a statement carried without quotation marks) and
 * who an attribution names (an inverted verb, an aside between commas, a pronoun, a title).
 * Invented reports of a harbour's reopening.
 */
const acc = (id: string, published: string, paragraphs: string[]): StoryAccountInput => ({ id, outlet: `${id}-outlet`, published, paragraphs });
const quotes = (accounts: StoryAccountInput[]) => buildQuotes(storyAccounts(storyOf(accounts)));
const byVersion = (members: QuoteMember[]) => Object.fromEntries(members.map((m) => [m.version, m]));

const FULL = 'The fishing fleet will return to the inner basin before the autumn herring season begins,';

describe('one statement across outlets', () => {
  const accounts = () => [
    acc('a', '2025-04-01', ['The mayor of Vesterby, Ingrid Holm, opened the rebuilt harbour wall on Tuesday.', `“${FULL}” Holm said.`]),
    // One word fewer: an edit, not a cut.
    acc('b', '2025-04-01', ['Mayor Ingrid Holm spoke at the rebuilt harbour wall on Tuesday.', '“The fishing fleet will return to the inner basin before the autumn herring season,” Holm told reporters.']),
    // Six words fewer: cut short.
    // Its comma outside the marks, as British style puts it: the quotation ends on a word.
    acc('e', '2025-04-02', ['Mayor Ingrid Holm spoke at the harbour on Tuesday.', '“The fishing fleet will return to the inner basin”, Holm said.']),
    // Five words of seventeen its own: reworded.
    acc('f', '2025-04-02', ['Mayor Ingrid Holm spoke at the harbour wall.', '“The whole fishing fleet will sail back into the inner harbour basin before the autumn herring season begins,” Holm said.']),
    // The same words, given to the harbour master.
    acc('g', '2025-04-03', ['Harbour master Lars Dahl spoke after the ceremony.', `“${FULL}” Dahl said.`]),
  ];

  it('the wording most accounts carry is the reference; every other member is diffed against it', () => {
    const [q, ...rest] = quotes(accounts());
    expect(rest).toEqual([]);
    expect(q!.versions).toEqual(['a', 'b', 'e', 'f', 'g']);
    const m = byVersion(q!.members);
    expect(Object.values(m).filter((x) => x.reference).map((x) => x.version)).toEqual(['a', 'g']);
    expect(['b', 'e', 'f'].map((v) => m[v]!.counterpart)).toEqual(['a', 'a', 'a']);
    expect(m.a!.counterpart).toBeNull();
    expect(m.a!.diff).toEqual([]);
  });

  it('marks a member cut short, a reworded one and one given to another speaker; one missing word is no mark', () => {
    const [q] = quotes(accounts());
    const m = byVersion(q!.members);
    expect(Object.fromEntries(Object.entries(m).map(([v, x]) => [v, x.marks]))).toEqual({ a: [], b: [], e: ['truncated'], f: ['paraphrased'], g: ['re-attributed'] });
    expect(q!.speaker).toBe('Ingrid Holm');
    expect(m.g!.speaker).toBe('Lars Dahl');
  });

  it('a truncated member’s diff shows its own words against the stretch it quotes, not the rest of the statement', () => {
    const [q] = quotes(accounts());
    const e = byVersion(q!.members).e!;
    // It is diffed against a window of the reference its own length and three words more, and the
    // reference's words past its last shared word are trimmed: nothing is shown as left out.
    expect(e.diff.filter(([op]) => op === -1)).toEqual([]);
    expect(e.diff.map(([, t]) => t).join('')).toBe('The fishing fleet will return to the inner basin');
    const f = byVersion(q!.members).f!;
    expect(f.diff.filter(([op]) => op === 1).map(([, t]) => t).join(' ')).toMatch(/whole.*sail back into.*harbour/s);
  });

  it('an account carrying six or more of the statement’s words in a row without quotation marks is a member, marked unquoted', () => {
    const unquoted = acc('u', '2025-04-03', ['Holm promised that the fishing fleet will return to the inner basin before the autumn herring season begins.']);
    const [q] = quotes([...accounts().slice(0, 2), unquoted]);
    expect(byVersion(q!.members).u).toMatchObject({ text: 'the fishing fleet will return to the inner basin before the autumn herring season begins', marks: ['unquoted'] });
    // Five words in a row are a phrase, not the statement, even when they are half of it.
    const berth = (id: string) => acc(id, '2025-04-01', ['Mayor Ingrid Holm cut the ribbon.', '“Every berth has been rebuilt from the seabed up,” Holm said.']);
    const [r] = quotes([berth('a'), berth('b'), acc('u', '2025-04-03', ['Engineers said every berth has been rebuilt, at a cost the council has not disclosed.'])]);
    expect(r!.versions).toEqual(['a', 'b']);
  });

  it('a short statement missing two words is edited, not cut', () => {
    const berth = (id: string, words: string) => acc(id, '2025-04-01', ['Mayor Ingrid Holm cut the ribbon.', `“${words},” Holm said.`]);
    const [q] = quotes([berth('a', 'Every berth has been rebuilt from the seabed up'), berth('b', 'Every berth has been rebuilt from the seabed up'), berth('c', 'Berth has been rebuilt from the seabed')]);
    expect(q!.members.map((m) => [m.version, m.reference, m.marks])).toEqual([
      ['a', true, []],
      ['b', true, []],
      ['c', false, []],
    ]);
  });

  it('quotations carried by more accounts come first', () => {
    const second = (id: string, published: string) => acc(id, published, [`Mayor Ingrid Holm cut the ribbon.`, `“${FULL}” Holm said.`, '“Every berth has been rebuilt from the seabed up,” Holm said.']);
    const found = quotes([acc('x', '2025-04-01', ['Mayor Ingrid Holm cut the ribbon.', '“Every berth has been rebuilt from the seabed up,” Holm said.']), second('y', '2025-04-02'), second('z', '2025-04-03')]);
    expect(found.map((q) => [q.id, q.versions.length, q.members[0]!.text.slice(0, 12)])).toEqual([
      ['q1', 3, 'Every berth '],
      ['q2', 2, 'The fishing '],
    ]);
  });
});

describe('who an attribution names: organisations, common nouns, adverbs', () => {
  const story = (paragraphs: string[]) => [acc('a', '2025-04-01', ['Mayor Ingrid Holm opened the rebuilt wall on Tuesday.', ...paragraphs]), acc('b', '2025-04-02', ['Holm opened the wall.', ...paragraphs])];
  const member = (paragraphs: string[]) => quotes(story(paragraphs))[0]!.members[0]!;

  it('an organisation of one proper noun is named without its article', () => {
    expect(member(['“Divers will inspect the new wall every spring,” the Coastguard said.'])).toMatchObject({ verb: 'said', speaker: 'Coastguard' });
  });

  it('a capitalized word some account writes in lower case is a common noun, never a speaker; the verb is kept', () => {
    const m = member(['Officials said: “Divers will inspect the new wall every spring.”', 'Harbour officials were not at the ceremony.']);
    expect(m).toMatchObject({ verb: 'said', speaker: null });
  });

  it('an adverb between the subject and its verb is no part of the subject', () => {
    expect(member(['She later said: “Divers will inspect the new wall every spring.”'])).toMatchObject({ verb: 'said', speaker: 'Ingrid Holm' });
  });
});

describe('who an attribution names', () => {
  // Found inside each test (never at collection, which Stryker counts as static).
  const members = () => buildQuotes(
    storyAccounts(
      storyOf([
        acc('a', '2025-04-01', [
          'Harbour Master Lars Dahl and Mayor Ingrid Holm opened the rebuilt wall on Tuesday.',
          'Dahl thanked the crews; Holm thanked the engineers.',
          '“The inner basin opens to trawlers in June,” said Dahl, standing on the quay.',
          'Holm, the mayor of Vesterby since 2019, said: “Every berth has been rebuilt from the seabed up.”',
          'Holm said: “Thank Dahl and his divers for the new wall.”',
          '“We will hold a festival when the herring boats return,” she added.',
          '“Storm shutters will be fitted to every warehouse on the quay,” the harbour master said.',
          '“Fees for moorings stay as they are this year,” officials said.',
        ]),
      ]),
    ),
  ).map((q) => q.members[0]!);

  it('an inverted verb and an aside between commas', () => {
    const [inverted, aside, named] = members();
    expect(inverted).toMatchObject({ text: 'The inner basin opens to trawlers in June,', verb: 'said', speaker: 'Lars Dahl' });
    expect(aside).toMatchObject({ text: 'Every berth has been rebuilt from the seabed up.', verb: 'said', speaker: 'Ingrid Holm' });
    expect(named).toMatchObject({ speaker: 'Ingrid Holm' });
  });

  it('a pronoun is the last person named outside quotations; a description is the person introduced with that title', () => {
    const [, , , pronoun, title] = members();
    // "Dahl" inside the quotation before is not the person "she" refers to.
    expect(pronoun).toMatchObject({ text: 'We will hold a festival when the herring boats return,', verb: 'added', speaker: 'Ingrid Holm' });
    expect(title).toMatchObject({ verb: 'said', speaker: 'Lars Dahl' });
  });
});
