/** Facts that differ in words: the kind and the verdict the story page prints for each. */
import type { Fact, FactKind } from '../engine/story/types.ts';

export const FACT_KIND_TEXT: Record<FactKind, string> = { number: 'Number', date: 'Date', place: 'Place', title: 'Title', name: 'Name' };

/** The verdict on a fact's two forms, in neutral words. */
export function factVerdict(f: Fact): string {
  switch (f.relation) {
    case 'equivalent':
      return f.kind === 'name' || f.kind === 'place' ? 'the same name, spelled differently' : f.kind === 'date' ? 'the same date, written differently' : 'the same value, written differently';
    case 'precision':
      return `“${f.forms[f.morePrecise ?? 0].text}” is the more exact form`;
    case 'conflict':
      return 'in conflict';
    case 'different':
      return 'different, not comparable from the texts alone';
  }
}
