/**
 * The seed checks, on the seed story (read as the other story-analysis seed tests read it):
 * the synopsis row of the TASS-reported quote, the
 * repost's interleaved comments kept out of the rows, and the timeline's order with its evidence.
 */
import { describe, expect, it } from 'vitest';
import { synopsisPage } from '@lib/site/synopsis.ts';
import { storyTimeline, timelinePage } from '@lib/site/timeline.ts';
import { seedStory } from '../story/helpers.ts';
import { analysed } from './synoptic-helpers.ts';

const NAMES = new Map([
  ['rferl', 'RFE/RL'],
  ['rferl-annotated-repost', 'Unnamed site'],
  ['islam-times', 'Islam Times'],
  ['press-tv', 'Press TV'],
  ['antiwar', 'Antiwar.com'],
]);
const source = analysed((await seedStory()).accounts);

describe('seeds: synoptic view', () => {
  const page = synopsisPage('seed', source, NAMES, 'press-tv');
  const rows = page.sections.flatMap((s) => s.rows);
  const text = (cell: (typeof rows)[number]['cells'][number]) => cell.pieces.filter((p) => p.mark !== 'del' && p.mark !== 'del-minor').map((p) => p.text).join('');

  it('has a row for the TASS quote with the three wordings of Press TV, Islam Times and Antiwar.com', () => {
    const row = rows.find((r) => r.cells.some((c) => text(c).includes('The conversation seemed to me constructive')))!;
    expect(row).toBeDefined();
    expect(row.cells.filter((c) => c.state !== 'absent').map((c) => c.version).sort()).toEqual(['antiwar', 'islam-times', 'press-tv']);
    expect(row.carriedBy).toBe('in 3 of 5 accounts');
  });

  it('never shows the four interleaved comments as passages, and counts them', () => {
    expect(rows.flatMap((r) => r.cells).some((c) => text(c).includes('Comment:'))).toBe(false);
    expect(page.columns.find((c) => c.version === 'rferl-annotated-repost')!.counts).toMatch(/· 4 interleaved comments$/);
  });
});

describe('seeds: timeline', () => {
  const timeline = storyTimeline(source);
  const order = timeline.entries.map((e) => e.version);
  const page = timelinePage('seed', timeline, NAMES);
  const entry = (id: string) => page.entries.find((e) => e.version === id)!;

  it('puts the repost of the earlier RFE/RL revision before RFE/RL’s 20 May text, with its evidence', () => {
    expect(order.indexOf('rferl-annotated-repost')).toBeLessThan(order.indexOf('rferl'));
    const r = entry('rferl').relations[0]!;
    expect(r.sentence).toMatch(/^A later revision of the text Unnamed site carries: \d+% of its words are in Unnamed site\.$/);
    expect(r.evidence.join(' ')).toMatch(/earlier revision/);
    expect(r.compareHref).toBe('/stories/seed/compare/rferl-annotated-repost/rferl/');
    const [step] = page.chains[0]!;
    expect(step!.heading).toBe('Unnamed site → RFE/RL');
    expect(step!.added.length + step!.dropped.length + step!.reworded.length).toBeGreaterThan(0);
    expect(step!.setApart).toMatch(/^Unnamed site’s \d+ lines/);
  });

  it('puts Islam Times after Press TV: a copy of its opening, with the figure', () => {
    expect(order.indexOf('press-tv')).toBeLessThan(order.indexOf('islam-times'));
    const r = entry('islam-times').relations[0]!;
    expect(r.sentence).toBe('Copies Press TV’s opening: 99% of its words are in Press TV.');
    expect(r.evidence.length).toBeGreaterThan(0);
    expect(r.compareHref).toBe('/stories/seed/compare/press-tv/islam-times/');
  });
});
