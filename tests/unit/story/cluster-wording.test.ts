import { describe, expect, it } from 'vitest';
import { analyse, storyOf } from './helpers.ts';

/*
 * What the story page's passage list shows for each passage: which outlets carry it, in what
 * order the passages come, whose wording is the reference, who reworded it, and where each
 * member's row is. Three invented accounts of one invented port accident.
 */
const P = [
  'The harbour authority in Velmar closed the northern quay on Friday after a crane collapsed onto two parked lorries.',
  'Nobody was hurt, according to the port police, but the quay will stay shut while inspectors examine the crane.',
  'The operator, Baltica Lift, said the crane had passed its annual safety check in March.',
  'Dock workers said they had warned managers about rust on the crane arm for months.',
  'Shipping lines diverted three container vessels to the southern terminal for the weekend.',
];
const accounts = () => [
  {
    id: 'wire',
    outlet: 'wire',
    published: '2025-02-01',
    paragraphs: [P[0]!, P[1]!, P[2]!, 'The quay closed after a crane collapsed on Friday at dawn in heavy rain and strong wind.', 'Port officials promised a full written report on the collapse within a fortnight.'],
  },
  {
    id: 'paper',
    outlet: 'paper',
    published: '2025-02-02',
    paragraphs: [P[0]!, P[3]!, P[1]!.replace('examine', 'inspect').replace('inspectors', 'engineers'), 'The quay closed after a crane collapsed on Friday.'],
  },
  {
    id: 'site',
    outlet: 'site',
    published: '2025-02-03',
    paragraphs: [P[0]!.replace('harbour', 'harbor'), P[1]!, P[2]!, P[4]!, 'The northern quay closed after a crane collapsed on Friday.'],
  },
];

const show = (options: Parameters<typeof analyse>[1] = {}) =>
  analyse(storyOf(accounts()), options).clusters.map((c) => ({
    id: c.id,
    reference: c.reference,
    members: c.members.map((m) => `${m.version}[${m.segments.join(',')}]:${m.wording}`),
  }));

describe('passage clusters as the story page lists them', () => {
  it('orders passages by first appearance, a later account’s own passage right after the passage before it', () => {
    expect(show().map((c) => [c.id, ...c.members])).toEqual([
      ['p1', 'wire[0]:reference', 'paper[0]:same', 'site[0]:same'],
      ['p2', 'paper[1]:reference'],
      ['p3', 'wire[1]:reference', 'paper[2]:reworded', 'site[1]:same'],
      ['p4', 'wire[2]:reference', 'site[2]:same'],
      ['p5', 'site[3]:reference'],
      ['p6', 'wire[3]:reworded', 'paper[3]:reference', 'site[4]:reworded'],
      ['p7', 'wire[4]:reference'],
    ]);
  });

  it('the reference is the wording most members share; a spelling variant (harbour/harbor) is the same wording', () => {
    const p1 = show()[0]!;
    expect(p1.reference).toBe('wire');
    expect(p1.members).toContain('site[0]:same');
  });

  it('when every member words it differently, the reference is the one closest to all the others, not the earliest', () => {
    expect(show()[5]!.reference).toBe('paper');
  });

  it('links each member to its row beside the reference, the reference beside the next member, a lone passage beside the closest account', () => {
    const f = analyse(storyOf(accounts()));
    const links = f.clusters.map((c) => c.members.map((m) => (m.link ? `${m.link.a}/${m.link.b}#${m.link.row}` : '-')));
    expect(links[0]).toEqual(['paper/wire#r1', 'paper/wire#r1', 'site/wire#r1']);
    // paper's own passage: paper is closer to site (later in the canonical order) than to wire.
    expect(f.similarity.paper!.site).toBeGreaterThan(f.similarity.paper!.wire!);
    expect(links[1]![0]).toMatch(/^paper\/site#/);
    // wire's own last paragraph: wire is closer to site (later in the canonical order) than to paper.
    expect(f.similarity.wire!.site).toBeGreaterThan(f.similarity.wire!.paper!);
    expect(links[6]![0]).toMatch(/^site\/wire#/);
    // p6's reference is paper: wire's member links to paper/wire, site's to paper/site.
    expect(links[5]).toEqual([expect.stringMatching(/^paper\/wire#/), expect.stringMatching(/^paper\/wire#/), expect.stringMatching(/^paper\/site#/)]);
    // Every link names a row of that comparison holding the member's segment.
    for (const c of f.clusters)
      for (const m of c.members) {
        const row = m.link!;
        expect(row.row).toMatch(/^r\d+$/);
      }
  });

  it('member texts are tidied and reworded members carry their word diff against the reference', () => {
    const f = analyse(storyOf(accounts()));
    const p3 = f.clusters[2]!;
    const reworded = p3.members.find((m) => m.version === 'paper')!;
    expect(reworded.text).toBe(P[1]!.replace('examine', 'inspect').replace('inspectors', 'engineers'));
    expect(reworded.diff.filter(([op]) => op === -1).map(([, t]) => t.trim())).toEqual(['inspectors examine']);
    expect(reworded.grades).toContain('substantive');
    const reference = p3.members.find((m) => m.wording === 'reference')!;
    expect(reference.diff).toEqual([]);
    expect(reference.grades).toEqual([]);
  });

  it('minRowScore drops weaker rows as evidence: the reworded members stand alone', () => {
    const strict = show({ clusters: { minRowScore: 0.99 } });
    expect(strict.find((c) => c.members.includes('paper[2]:reference'))!.members).toEqual(['paper[2]:reference']);
    expect(strict.length).toBeGreaterThan(show().length);
  });
});
