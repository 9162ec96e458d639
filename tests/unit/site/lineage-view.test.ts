import { describe, expect, it } from 'vitest';
import type { WordedLineageEdge } from '@lib/site/lineage.ts';
import type { LineageLayout } from '@lib/site/lineage-layout.ts';
import { COLUMN_WIDTH, LANE_HEIGHT, lineageDrawing, lineageText, NODE_WIDTH, PADDING } from '@lib/site/lineage-view.ts';

const names = new Map([['wire', 'Coast Courier'], ['paper', 'Harbour Gazette'], ['repost', 'Bay Reposts']]);
const name = (id: string) => names.get(id) ?? id;
const edge = (over: Partial<WordedLineageEdge>): WordedLineageEdge => ({
  from: 'paper', to: 'wire', kind: 'copy', confidence: 0.874, reasons: [], directed: true, basis: 'evidence',
  signals: { published: ['2024-05-01', '2024-05-02'], shared: [0.7, 0.98], similarity: 0.8, longestRun: 60, longestRunText: '', longestRunOutsideQuotes: 45, exclusive: 1, exclusiveWords: 15, exclusiveExample: '' },
  evidence: ['first line of evidence'], label: 'copy, 98% shared', ...over,
});

describe('lineage drawing (SVG geometry)', () => {
  const copy = edge({});
  const layout: LineageLayout = {
    nodes: [
      { id: 'paper', column: 0, title: 'Harbour Gazette', subtitle: '1 May 2024' },
      { id: 'wire', column: 1, title: 'A very long outlet name that cannot fit', subtitle: '2 May 2024' },
      { id: 'repost', column: 2, title: 'Bay Reposts', subtitle: '3 May 2024' },
    ],
    lanes: [
      { edge: copy, left: 0, right: 1, arrow: true, earlierCopy: false, label: 'copy' },
      { edge: edge({ from: 'paper', to: 'repost', kind: 'common-source', directed: false }), left: 0, right: 2, arrow: false, earlierCopy: false, label: 'a label far too long to sit centred on this short line without leaving the drawing at its edge' },
    ],
  };
  const d = lineageDrawing(layout);
  it('sizes the drawing to its columns and lanes', () => {
    expect(d.width).toBe(PADDING * 2 + 2 * COLUMN_WIDTH + NODE_WIDTH);
    expect(d.height).toBe(d.top + 2 * LANE_HEIGHT + PADDING);
  });
  it('places accounts by column and clips titles that do not fit their box', () => {
    expect(d.nodes.map((n) => n.centre)).toEqual([PADDING + NODE_WIDTH / 2, PADDING + COLUMN_WIDTH + NODE_WIDTH / 2, PADDING + 2 * COLUMN_WIDTH + NODE_WIDTH / 2]);
    expect(d.nodes[1]!.title).toBe('A very long outlet name t…');
    expect(d.nodes[1]!.title).toHaveLength(26);
  });
  it('gives each edge its own lane, stops an arrowed line short of the centre, keeps labels inside the drawing', () => {
    const [a, b] = d.lanes;
    expect(b!.y - a!.y).toBe(LANE_HEIGHT);
    expect(a!.right).toBe(d.nodes[1]!.centre - 2);
    expect(b!.right).toBe(d.nodes[2]!.centre);
    expect(a!.labelX).toBe((d.nodes[0]!.centre + d.nodes[1]!.centre) / 2);
    expect(b!.labelX - b!.labelWidth / 2).toBeGreaterThanOrEqual(PADDING);
    expect(b!.labelX + b!.labelWidth / 2).toBeLessThanOrEqual(d.width - PADDING);
  });
});

describe('lineage in words (description and list)', () => {
  it('describes each edge and lists stated directions first, then by confidence', () => {
    const lineage = [
      edge({ from: 'paper', to: 'repost', kind: 'common-source', directed: false, confidence: 0.9, label: 'common source' }),
      edge({ confidence: 0.5 }),
      edge({ from: 'paper', to: 'repost', kind: 'revision', basis: 'relation', confidence: 1, earlier: 'repost' }),
    ];
    const { description, items } = lineageText({ lineage }, name);
    expect(description).toMatch(/^Accounts by publication date, earliest on the left\. Harbour Gazette — Bay Reposts: common source \(no direction stated\), common source\./);
    expect(items.map((i) => i.sentence)).toEqual([
      'Harbour Gazette → Bay Reposts: revision (recorded by the editor)',
      'Harbour Gazette → Coast Courier: copy (inferred)',
      'Harbour Gazette — Bay Reposts: common source (no direction stated)',
    ]);
    expect(items.map((i) => i.confidence)).toEqual(['100%', '50%', '90%']);
    expect(items[0]!.earlierNote).toBe('Bay Reposts carries an earlier revision than this capture of Harbour Gazette.');
    expect(items[1]!.earlierNote).toBeUndefined();
  });
  it('says so when no edge is found', () => {
    expect(lineageText({ lineage: [] }, name)).toEqual({ description: 'No two accounts share enough verbatim text to suggest copying or a common source.', items: [] });
  });
});
