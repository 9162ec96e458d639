// A relative path, not the `@lib` alias: `fact-zone-probe.mjs` imports this file in plain Node,
// which strips the types but knows no tsconfig aliases (the type import below is erased).
import { judgeSlot } from '../../../src/lib/engine/story/facts.ts';
import type { StorySlot } from '@lib/engine/story/slots.ts';

/** A slot of one row, to judge on its own: `before` in account a, `after` in account b, between shared `left` and `right`. */
export const slot = (left: string, before: string, after: string, right: string): StorySlot => ({
  a: 'a',
  b: 'b',
  row: 'r1',
  slot: { before, after, left, right, index: 1 },
  grades: ['substantive', 'substantive'],
  aText: `${left}${before}${right}`,
  bText: `${left}${after}${right}`,
});

/** The fact a slot states, as `kind:relation` (undefined: none), its sides in languages `langs`, every slot parsed. */
export function judged(s: StorySlot, published: [string, string], langs: readonly [string | undefined, string | undefined]): string | undefined {
  const j = judgeSlot(s, published, { langs, prefilter: false });
  return j && `${j.kind}:${j.relation}`;
}
