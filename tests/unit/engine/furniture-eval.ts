import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { segmentAccount } from '../../../src/lib/engine/index.ts';

/*
 * Furniture precision/recall on tests/fixtures/furniture/pages.json: pages
 * written in the shape of eleven kinds of real news pages, each line labelled
 * furniture (F) or article (A). A line counts as labelled furniture when none
 * of its segments is `text`. Shared by the unit test and `npm run eval:furniture`.
 */

interface Page {
  site: string;
  lines: Array<['F' | 'A', string]>;
}
const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/furniture');

/** `pages`: the set the rules were written with; `heldout`: pages written after, never used to choose them. */
export function loadPages(set: 'pages' | 'heldout' = 'pages'): Page[] {
  return (JSON.parse(readFileSync(path.join(FIXTURES, `${set}.json`), 'utf8')) as { pages: Page[] }).pages;
}

export interface FurnitureScore {
  precision: number;
  recall: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  mistakes: string[];
}

export function scoreFurniture(pages: readonly Page[]): FurnitureScore {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const mistakes: string[] = [];
  for (const page of pages) {
    const segs = segmentAccount({ id: 'page', paragraphs: page.lines.map(([, t]) => t) }).segments;
    page.lines.forEach(([gold, text], i) => {
      const mine = segs.filter((s) => s.paragraph === i);
      const furniture = mine.every((s) => s.kind !== 'text');
      if (furniture && gold === 'F') tp++;
      else if (furniture) {
        fp++;
        mistakes.push(`article labelled ${mine.map((s) => s.reason).join('/')} (${page.site}): ${text}`);
      } else if (gold === 'F') {
        fn++;
        mistakes.push(`furniture missed (${page.site}): ${text}`);
      }
    });
  }
  return { precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn), truePositives: tp, falsePositives: fp, falseNegatives: fn, mistakes };
}
