import { describe, expect, it } from 'vitest';
import type { QuoteCluster, QuoteMember } from '@lib/engine/story/types.ts';
import { quotesView } from '@lib/site/quotes.ts';

const names = new Map([['gazette', 'Harbour Gazette'], ['courier', 'Coast Courier']]);
const member = (over: Partial<QuoteMember>): QuoteMember => ({
  version: 'gazette', text: 'The harbour will reopen to the fishing fleet in June and stay open all winter,', verb: 'said', speaker: 'Ingrid Holm',
  start: 0, segment: 0, marks: [], reference: true, diff: [], grades: [], counterpart: null, ...over,
});
const cluster = (over: Partial<QuoteCluster>): QuoteCluster => ({ id: 'q1', speaker: 'Ingrid Holm', members: [member({})], versions: ['gazette'], ...over });

describe('quotes view model', () => {
  const shared = cluster({
    members: [
      member({}),
      member({ version: 'courier', text: 'The harbour will reopen in June,', verb: null, speaker: null, reference: false, marks: ['truncated', 're-attributed'], diff: [[0, 'The harbour will reopen in June,']], grades: ['equal'] as never, counterpart: 'gazette' }),
    ],
    versions: ['gazette', 'courier'],
  });
  const view = quotesView('harbour', { quotes: [shared, cluster({ id: 'q2', speaker: null, members: [member({ speaker: null, verb: 'told', text: 'No comment.' })] })] }, names);

  it('captions a shared quotation with its speaker, the reference wording’s first ten words and the account count', () => {
    expect(view.shared).toHaveLength(1);
    expect(view.shared[0]).toMatchObject({ id: 'q1', speaker: 'Ingrid Holm', opening: 'The harbour will reopen to the fishing fleet in June …', accounts: 2 });
  });
  it('words each member: account name and link, attribution, marks with their meaning, the reference wording tagged', () => {
    const [ref, other] = view.shared[0]!.members;
    expect(ref).toMatchObject({ account: 'Harbour Gazette', href: '/stories/harbour/gazette/', attribution: 'Ingrid Holm, said', referenceTag: true, marks: [] });
    expect(other).toMatchObject({ account: 'Coast Courier', attribution: '—', referenceTag: false });
    expect(other!.marks).toEqual([
      { label: 'truncated', help: 'quotes only part of the reference wording' },
      { label: 're-attributed', help: 'names another speaker than most accounts' },
    ]);
  });
  it('lists quotations only one account carries, unattributed ones said so', () => {
    expect(view.single).toEqual([{ account: 'Harbour Gazette', speaker: 'unattributed', verb: ' (told)', text: 'No comment.' }]);
    expect(view.empty).toBe(false);
  });
  it('does not tag the reference wording when every member carries it, and is empty with no quotes', () => {
    const same = quotesView('harbour', { quotes: [cluster({ members: [member({}), member({ version: 'courier' })], versions: ['gazette', 'courier'] })] }, names);
    expect(same.shared[0]!.members.map((m) => m.referenceTag)).toEqual([false, false]);
    expect(quotesView('harbour', { quotes: [] }, names)).toEqual({ empty: true, shared: [], single: [] });
  });
});
