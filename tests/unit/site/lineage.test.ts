import { describe, expect, it } from 'vitest';
import type { LineageEdge } from '@lib/engine/story/types.ts';
import { lineageEvidence, lineageLabel, wordFindings } from '@lib/site/lineage.ts';

const names = new Map([['wire-copy', 'Coast Courier'], ['paper', 'Harbour Gazette']]);
const name = (id: string) => names.get(id) ?? id;
const signals = (over: Partial<LineageEdge['signals']> = {}): LineageEdge['signals'] => ({
  published: ['2024-05-01', '2024-05-02'],
  shared: [0.7, 0.98],
  similarity: 0.8,
  longestRun: 60,
  longestRunText: 'the new suspension bridge over the estuary opened to traffic',
  longestRunOutsideQuotes: 45,
  exclusive: 12,
  exclusiveWords: 15,
  exclusiveExample: 'walked the deck at dawn with the contractor',
  ...over,
});
const edge = (over: Partial<LineageEdge>): LineageEdge => ({
  from: 'paper', to: 'wire-copy', kind: 'copy', confidence: 0.9, reasons: ['contained', 'published-first', 'own-prose-run', 'exclusive-wording'],
  directed: true, basis: 'evidence', signals: signals(), ...over,
});

describe('lineage in words (site view model)', () => {
  it('words a copy from its reasons and numbers, with display names', () => {
    const ev = lineageEvidence(edge({}), name);
    expect(ev[0]).toBe('98% of Coast Courier’s article words are in Harbour Gazette; 70% of Harbour Gazette’s are in Coast Courier. Coast Courier sits inside Harbour Gazette.');
    expect(ev[1]).toMatch(/Harbour Gazette first, publication order agrees/);
    expect(ev.join(' ')).toMatch(/Wording only these two share: 15 words in a row found in no other account, e.g. “walked the deck at dawn/);
    expect(ev.join(' ')).not.toMatch(/No wording/);
    expect(lineageLabel(edge({}), name)).toBe('copy · 98% of Coast Courier verbatim in Harbour Gazette');
  });

  it('a common source says why no copy was stated, and never claims exclusive wording it lacks', () => {
    const e = edge({ kind: 'common-source', directed: false, basis: 'none', reasons: ['no-exclusive-wording'], signals: signals({ exclusive: 0, exclusiveWords: 0, exclusiveExample: '' }) });
    const ev = lineageEvidence(e, name);
    expect(ev[0]).toMatch(/^No wording that only these two share/);
    expect(ev.filter((x) => /only these two share/.test(x))).toHaveLength(1);
    expect(lineageLabel(e, name)).toBe('common source · 60-word run');
    const quoted = edge({ kind: 'common-source', directed: false, basis: 'none', reasons: ['mostly-quoted', 'same-day'], signals: signals({ longestRunOutsideQuotes: 0, longestRun: 27 }) });
    expect(lineageEvidence(quoted, name)[0]).toBe('What they share verbatim is all quoted material (no shared words outside quotation marks; a copy needs 20 in a row).');
    expect(lineageEvidence(quoted, name).join(' ')).toMatch(/all inside a quotation/);
    expect(lineageLabel(quoted, name)).toBe('common source · shared quote, 27-word run');
  });

  it('a recorded revision carrying an earlier text says so', () => {
    const e = edge({ kind: 'revision', basis: 'relation', relation: 'repost', reasons: ['recorded', 'both-revised', 'earlier-revision-carried'], earlier: 'wire-copy', signals: signals({ published: ['2024-05-02', '2024-05-01'] }) });
    const ev = lineageEvidence(e, name);
    expect(ev[0]).toBe('Recorded by the editor: Coast Courier is a repost of Harbour Gazette, so Harbour Gazette is the source.');
    expect(ev[2]).toMatch(/Coast Courier carries an earlier revision than this capture of Harbour Gazette/);
    expect(lineageLabel(e, name)).toBe('revision · recorded · 60-word run');
  });

  it('wordFindings adds evidence and label to every edge and keeps the engine fields', () => {
    const findings = { versions: [], similarity: {}, clusters: [], coverage: [], lineage: [edge({})], quotes: [], variants: [], wordChoices: [], facts: [] };
    const worded = wordFindings(findings, name);
    expect(worded.lineage[0]).toMatchObject({ ...edge({}), label: lineageLabel(edge({}), name) });
    expect(worded.lineage[0]!.evidence.length).toBe(5);
  });
});
