import type { TimelineInput } from '@lib/engine/story/timeline.ts';
import type { Comparison, RowJson, SegmentKind } from '@lib/engine/types.ts';
import type { LineageEdge, VersionSummary } from '@lib/engine/story/types.ts';
import { lineageEdge } from '../support/lineage-edge.ts';

/*
 * Hand-built inputs of the story timeline (`story/timeline.ts`): lineage edges, versions, and
 * comparisons holding only the segments and rows the timeline reads.
 */
/** This suite's edges: A holds a quarter of its words in B, B three quarters of its own in A. */
export const edge = (from: string, to: string, kind: LineageEdge['kind'], extra: Partial<LineageEdge> = {}): LineageEdge => {
  const base = lineageEdge(from, to, kind);
  return { ...base, confidence: 0.8, signals: { ...base.signals, shared: [0.25, 0.75] }, ...extra };
};
export const version = (id: string, published: string): VersionSummary => ({ id, outlet: `${id}-outlet`, published, words: 0, articleWords: 0 });
/** `n` distinct words. */
export const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
export type Seg = [SegmentKind, string];
const side = (id: string, segs: Seg[]) => ({ id, segments: segs.map(([kind, text]) => ({ kind, text })) });
export const row = (id: string, kind: RowJson['kind'], a: number[], b: number[], extra: Partial<RowJson> = {}): RowJson => ({ id, kind, a, b, diff: [], grades: [], ...extra }) as unknown as RowJson;
export const comparison = (a: string, aSegs: Seg[], b: string, bSegs: Seg[], rows: RowJson[]) => ({ a: side(a, aSegs), b: side(b, bSegs), rows }) as unknown as Comparison;

/** A source of 4 paragraphs (10 words each) and a copy of its first `n`. */
export function copyOfOpening(n: number, skipLede = false, kinds: RowJson['kind'][] = [], masthead = false): TimelineInput {
  const src: Seg[] = [...(masthead ? [['boilerplate', 'Home › Region'] as Seg] : []), ['text', words(10)], ['text', words(10)], ['text', words(10)], ['text', words(10)]];
  const at = masthead ? 1 : 0;
  const taken = [...Array(n).keys()].map((i) => (skipLede ? i + 1 : i) + at);
  const c = comparison('source', src, 'copy', taken.map(() => ['text', words(10)] as Seg), taken.map((i, k) => row(`r${k + 1}`, kinds[k] ?? 'equal', [i], [k])));
  return {
    versions: [version('source', '2025-01-01'), version('copy', '2025-01-02')],
    lineage: [edge('source', 'copy', 'copy')],
    compare: (a, b) => (a === 'source' && b === 'copy' ? c : undefined),
  };
}
