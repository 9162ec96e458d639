import type { LineageEdge } from '@lib/engine/story/types.ts';

/** A lineage edge with only what the timeline's order and relations read; `extra` overrides any field. */
export const lineageEdge = (from: string, to: string, kind: LineageEdge['kind'], extra: Partial<LineageEdge> = {}): LineageEdge => ({
  from,
  to,
  kind,
  confidence: 0.9,
  reasons: [],
  directed: kind !== 'common-source',
  basis: 'evidence',
  signals: { published: ['', ''], shared: [0.5, 0.9], similarity: 0.6, longestRun: 30, longestRunText: '', longestRunOutsideQuotes: 25, exclusive: 3, exclusiveWords: 12, exclusiveExample: '' },
  ...extra,
});
