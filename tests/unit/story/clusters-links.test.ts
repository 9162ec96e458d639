import { describe, expect, it } from 'vitest';
import { CLUSTER_DEFAULTS, type StoryAccountInput } from '@lib/engine/story/index.ts';
import { clusterOf, clustersOf, linkedRow } from './clusters-helpers.ts';

/*
 * Which row a passage member's link opens. A member's link is the row of the comparison
 * reference/member where the two stand side by side: the first row holding a segment of each.
 * Only when no row holds both (the two are in one passage through a common member, not through a
 * match of their own) does it fall back to the first row holding the reference's segment. Invented
 * reports of a river flood and of a fishing-boat rescue.
 */

const account = (id: string, published: string, paragraphs: string[]): StoryAccountInput => ({ id, outlet: `outlet-${id}`, published, paragraphs });

describe('a member’s link opens the row where it stands beside the reference', () => {
  // alpha prints the lede as two sentences; gamma as one; beta only its second half. alpha is the
  // reference (closest to both others, and earliest). In alpha/beta the first row holding one of
  // alpha's two segments is alpha's first sentence alone (beta has nothing like it); beta stands
  // beside alpha's second sentence, a later row.
  const accounts = () => [
    account('alpha', '2025-06-01', [
      'Flood barriers along the Merrow embankment failed on Thursday night. Water from the swollen river reached the ground floors of forty homes in the old mill quarter.',
      'The district council opened a shelter in the sports hall of the grammar school.',
    ]),
    account('beta', '2025-06-02', [
      'Water from the swollen river reached the ground floors of forty homes in the old mill quarter, residents said.',
      'Volunteers handed out blankets and hot soup until the early hours.',
    ]),
    account('gamma', '2025-06-03', [
      'Flood barriers along the Merrow embankment failed on Thursday night and water from the swollen river reached the ground floors of forty homes in the old mill quarter.',
      'The district council opened a shelter in the sports hall of the grammar school.',
    ]),
  ];

  it('is the row holding both members’ segments, not the first row holding the reference’s', () => {
    const { story, clusters } = clustersOf(accounts());
    const lede = clusterOf(clusters, 'alpha', 0);
    expect(lede.reference).toBe('alpha');
    expect(lede.members.map((m) => `${m.version}[${m.segments.join(',')}]`)).toEqual(['alpha[0,1]', 'beta[0]', 'gamma[0]']);
    // The case the rule is for: alpha/beta's first row holds alpha's first sentence alone.
    const first = story.compare('alpha', 'beta').rows[0]!;
    expect(first).toMatchObject({ kind: 'a-only', a: [0], b: [] });

    const link = (version: string) => lede.members.find((m) => m.version === version)!.link!;
    expect(link('beta')).toMatchObject({ a: 'alpha', b: 'beta' });
    expect(linkedRow(story, link('beta'))).toMatchObject({ a: [1], b: [0] });
    expect(link('beta').row).not.toBe(first.id);
    // The reference's own link opens the same row: beside the next member, beta.
    expect(link('alpha')).toEqual(link('beta'));
    // gamma's one sentence stands beside both of alpha's, in one row.
    expect(linkedRow(story, link('gamma'))).toMatchObject({ a: [0, 1], b: [0] });
  });

  it('a member’s text is its segments’ text, joined as the account prints them', () => {
    const { clusters } = clustersOf(accounts());
    const alpha = clusterOf(clusters, 'alpha', 0).members[0]!;
    expect(alpha.text).toBe(accounts()[0]!.paragraphs[0]);
  });
});

describe('a member with no row beside the reference', () => {
  // post and tribune print the coastguard's sentence word for word (the reference: the wording two
  // members share, post earlier). herald adds the cause to it; courier prints only the cause.
  // courier's sentence and post's have too little in common to match, but each keeps more than
  // three quarters of herald's: the three are one passage through herald.
  const coastguard = 'Rescue crews pulled three fishermen from the icy water near Kettle Point on Saturday morning, the coastguard said.';
  const accounts = () => [
    account('post', '2025-01-10', [coastguard, 'All three were taken to hospital in Dunmore with hypothermia.']),
    account('tribune', '2025-01-11', [coastguard, 'A spokeswoman praised the lifeboat volunteers.']),
    account('herald', '2025-01-12', [
      'Rescue crews pulled three fishermen from the icy water near Kettle Point on Saturday morning after their trawler struck submerged rocks in thick fog, the coastguard said.',
    ]),
    account('courier', '2025-01-13', [
      'Their trawler struck submerged rocks in thick fog near Kettle Point on Saturday morning, the coastguard said.',
      'Its owner said the vessel would be salvaged.',
    ]),
  ];

  it('joins the passage through a strong common member, and links to the reference’s row in their comparison', () => {
    const { story, clusters } = clustersOf(accounts());
    // The premise: no row of courier/post holds both; herald matches each strongly.
    expect(story.compare('courier', 'post').rows.filter((r) => r.a.length && r.b.length)).toEqual([]);
    for (const [x, y] of [['courier', 'herald'], ['herald', 'post']] as const)
      expect(story.compare(x, y).rows.find((r) => r.a.includes(0) && r.b.includes(0))!.score).toBeGreaterThanOrEqual(CLUSTER_DEFAULTS.strongRowScore);

    const passage = clusterOf(clusters, 'post', 0);
    expect(passage.members.map((m) => `${m.version}[${m.segments.join(',')}]`)).toEqual(['post[0]', 'tribune[0]', 'herald[0]', 'courier[0]']);
    expect(passage.reference).toBe('post');
    const courier = passage.members.find((m) => m.version === 'courier')!;
    // The comparison is stored as courier/post, so post is its B side; the first rows are courier's
    // own unmatched sentences (no B segment at all), then post's.
    expect(courier.link).toMatchObject({ a: 'courier', b: 'post' });
    expect(story.compare('courier', 'post').rows[0]).toMatchObject({ kind: 'a-only', a: [0], b: [] });
    expect(linkedRow(story, courier.link!)).toMatchObject({ kind: 'b-only', a: [], b: [0] });
  });
});

describe('a story with one account', () => {
  it('has one passage per paragraph, each with no link (there is no comparison to open)', () => {
    const { clusters } = clustersOf([account('solo', '2025-02-01', ['The library reopened on Monday after a two-year renovation.', 'Its reading room now seats two hundred.'])]);
    expect(clusters.map((c) => c.members)).toStrictEqual([
      [{ version: 'solo', segments: [0], text: 'The library reopened on Monday after a two-year renovation.', wording: 'reference', diff: [], grades: [] }],
      [{ version: 'solo', segments: [1], text: 'Its reading room now seats two hundred.', wording: 'reference', diff: [], grades: [] }],
    ]);
  });
});
