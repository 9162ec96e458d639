import { describe, expect, it } from 'vitest';
import { diffStrings, gradeDiff } from '@lib/engine/index.ts';
import { Pairs } from '@lib/engine/story/accounts.ts';
import type { ClusterMember, PassageCluster, StoryAccountInput, Variant } from '@lib/engine/story/index.ts';
import { tidy } from '@lib/engine/story/text.ts';
import { buildVariants, figures } from '@lib/engine/story/variants.ts';
import { languageFor } from '@lib/engine/lang/index.ts';
import { storyAccounts, storyOf } from './helpers.ts';

/*
 * Figure variants read from passage clusters built by hand (`figureVariants`, through
 * `buildVariants`): each cluster names its reference wording and gives each account's wording of
 * one passage; a member's diff is the engine's word diff from the reference wording, as
 * `clusters.ts` computes it, and members stand in the canonical account order. So each test
 * chooses the slot a figure stands in (the passage's start or end, a hyphen glued to it, a figure
 * of the shared context beside it) and which account holds the reference, which a whole analysis
 * decides by itself. Invented sentences about a bridge opening to lorries; 19 and 26 May 2021
 * were Wednesdays.
 */
interface Passages {
  reference: string;
  /** Account id → its wording of the passage (accounts in canonical order: publication, then id). */
  wording: Record<string, string>;
}

const PUBLISHED: Record<string, string> = { one: '2021-05-17', two: '2021-05-18', three: '2021-05-19', four: '2021-05-20' };

/** The figure variants of the clusters (`p1`, `p2`, … in the order given); name variants are left out. */
function figureVariants(...clusters: Passages[]): Variant[] {
  const ids = Object.keys(PUBLISHED).filter((id) => clusters.some((c) => id in c.wording));
  const inputs: StoryAccountInput[] = ids.map((id) => ({ id, outlet: `outlet-${id}`, published: PUBLISHED[id]!, paragraphs: clusters.flatMap((c) => c.wording[id] ?? []) }));
  const story = storyOf(inputs);
  const accounts = storyAccounts(story);
  const built: PassageCluster[] = clusters.map((c, order) => {
    const refText = tidy(c.wording[c.reference]!);
    const members = accounts
      .filter((a) => a.id in c.wording)
      .map((a): ClusterMember => {
        const text = tidy(c.wording[a.id]!);
        const segments = [accounts.find((x) => x.id === a.id)!.segments.findIndex((s) => tidy(s.text) === text)];
        if (a.id === c.reference) return { version: a.id, segments, text, wording: 'reference', diff: [], grades: [] };
        const d = diffStrings(refText, text);
        return { version: a.id, segments, text, wording: 'reworded', diff: d.diff, grades: gradeDiff(d) };
      });
    return { id: `p${order + 1}`, order, reference: c.reference, members };
  });
  return buildVariants(accounts, built, new Pairs(story.compare)).filter((v) => v.kind !== 'name');
}

/** A variant as the story page lists it: kind, then each form with its accounts. */
const shown = (vs: Variant[]) => vs.map((v) => `${v.kind}: ${v.forms.map((f) => `${f.text} (${f.versions.join(', ')})`).join(' / ')}`);

const bridge = (when: string) => `The ministry said the new bridge would open to lorries ${when} after inspectors from the regional transport office signed off the cables.`;
const inspectors = (n: string) => `${n} inspectors from the regional transport office signed off the cables before the first lorries crossed.`;

describe('figure variants of a hand-built cluster: which wording is the reference', () => {
  it('compares every account with the reference wording, wherever that account stands in the canonical order', () => {
    // The reference is the second account: the first account's wording is the one that differs.
    const p = { reference: 'two', wording: { one: inspectors('Twelve'), two: inspectors('Fourteen'), three: inspectors('Fourteen') } };
    expect(shown(figureVariants(p))).toEqual(['number: Fourteen (two, three) / Twelve (one)']);
    const [variant] = figureVariants(p);
    expect(variant!.forms.map((f) => f.context)).toEqual([inspectors('Fourteen'), inspectors('Twelve')]);
  });
});

describe('figure variants of a hand-built cluster: the slot and its context', () => {
  it('reads a figure that opens the passage (no context to its left)', () => {
    expect(shown(figureVariants({ reference: 'one', wording: { one: inspectors('Twelve'), two: inspectors('Eleven') } }))).toEqual(['number: Twelve (one) / Eleven (two)']);
  });

  it('reads a figure that ends the passage (no context to its right)', () => {
    // A timetable line without a full stop: the slot is the passage's last words.
    const line = (when: string) => `The regional transport office lists the opening of the bridge to lorries for ${when}`;
    expect(shown(figureVariants({ reference: 'one', wording: { one: line('19 May'), two: line('20 June') } }))).toEqual(['date: 19 May (one) / 20 June (two)']);
  });

  it('reads a date whose day and month are joined by a hyphen, whichever of the two differs', () => {
    const deadline = (date: string) => `The contractor must finish the cables ahead of the ${date} deadline set by the regional transport office.`;
    // The day differs: the month is glued to the right of the slot.
    expect(shown(figureVariants({ reference: 'one', wording: { one: deadline('19-May'), two: deadline('20-May') } }))).toEqual(['date: 19-May (one) / 20-May (two)']);
    // The month differs: the day is glued to the left of the slot.
    expect(shown(figureVariants({ reference: 'one', wording: { one: deadline('19-May'), two: deadline('19-June') } }))).toEqual(['date: 19-May (one) / 19-June (two)']);
  });

  it('shows only the figures that differ, not a figure of the shared context beside the slot', () => {
    const sunday = (n: string) => `On Sunday ${n} lorries crossed the new bridge, the regional transport office said.`;
    expect(shown(figureVariants({ reference: 'one', wording: { one: sunday('12'), two: sunday('14') } }))).toEqual(['number: 12 (one) / 14 (two)']);
  });
});

describe('figure variants of a hand-built cluster: what counts as a disagreement', () => {
  it('a wording that keeps the reference figure and adds another does not disagree with it', () => {
    // "12 to 14" still says twelve; "eleven" does not.
    const p = { reference: 'one', wording: { one: inspectors('Some twelve'), two: inspectors('Some 12 to 14'), three: inspectors('Some eleven') } };
    expect(shown(figureVariants(p))).toEqual(['number: twelve (one, two) / eleven (three)']);
  });

  it('a number that equals the weekday a date falls on is no weekday: the date and the number disagree', () => {
    // 19 May 2021 was a Wednesday, weekday 3; "the 3rd" is a day of the month, not a Wednesday.
    expect(shown(figureVariants({ reference: 'one', wording: { one: bridge('on 19 May'), two: bridge('on the 3rd') } }))).toEqual(['date: 19 May (one) / 3rd (two)']);
  });

  it('a weekday with a second figure beside it is compared as a whole, not as a weekday alone', () => {
    // "Wednesday the 26th" names 26 May; its weekday alone would agree with 19 May (also a Wednesday).
    expect(shown(figureVariants({ reference: 'one', wording: { one: bridge('on 19 May'), two: bridge('on Wednesday the 26th') } }))).toEqual([
      'date: 19 May (one) / Wednesday, 26th (two)',
    ]);
    expect(shown(figureVariants({ reference: 'one', wording: { one: bridge('on Wednesday the 26th'), two: bridge('on 19 May') } }))).toEqual([
      'date: Wednesday, 26th (one) / 19 May (two)',
    ]);
  });

  it('reads numbers written with thousands separators', () => {
    const lorries = (n: string) => `The regional transport office expects ${n} lorries a day to cross the new bridge by the summer.`;
    expect(shown(figureVariants({ reference: 'one', wording: { one: lorries('2,000'), two: lorries('2,500') } }))).toEqual(['number: 2,000 (one) / 2,500 (two)']);
  });

  it('reads a five-digit number that starts or ends like a year as a number', () => {
    const port = (a: string, b: string) => `The port handled ${a} containers and ${b} lorries in 2020, the regional transport office said.`;
    expect(shown(figureVariants({ reference: 'one', wording: { one: port('12019', '20190'), two: port('12020', '20191') } }))).toEqual([
      'number: 12019 (one) / 12020 (two)',
      'number: 20190 (one) / 20191 (two)',
    ]);
  });
});

describe('the figure reader on a clock time', () => {
  it('reads no value from a clock time (10:30 is neither a number nor a date of this reader)', () => {
    // The tokenizer keeps "10:30" as one number token; it has no numeric value, so it is no figure
    // (a value `n:NaN` would make any two clock times, or any two unreadable numbers, agree).
    expect(figures('The first lorries crossed at 10:30 on Monday', languageFor('en')).map((f) => `${f.kind}:${f.value}:${f.text}`)).toEqual(['date:w:1:Monday']);
  });
});

describe('figure variants of a hand-built cluster: how the forms are listed', () => {
  it('lists each other figure once, with all the accounts that give it, in code-unit order', () => {
    const p = { reference: 'one', wording: { one: inspectors('Twelve'), two: inspectors('Fourteen'), three: inspectors('Fourteen'), four: inspectors('Eleven') } };
    // Met in the order Fourteen (two, three), Eleven (four); listed Eleven first.
    expect(shown(figureVariants(p))).toEqual(['number: Twelve (one) / Eleven (four) / Fourteen (two, three)']);
  });

  it('lists a passage’s variants in the code-unit order of the reference figure, not in reading order', () => {
    const p = { reference: 'one', wording: { one: bridge('twelve days from now, on 19 May,'), two: bridge('eleven days from now, on 20 May,') } };
    expect(shown(figureVariants(p))).toEqual(['date: 19 May (one) / 20 May (two)', 'number: twelve (one) / eleven (two)']);
  });
});
