/* Furniture precision/recall on the page-pattern fixtures and the held-out pages (`npm run eval:furniture`). */
import { loadPages, scoreFurniture } from '../tests/unit/engine/furniture-eval.ts';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
for (const set of ['pages', 'heldout'] as const) {
  const pages = loadPages(set);
  const s = scoreFurniture(pages);
  console.log(`${set === 'pages' ? 'development pages' : 'held-out pages'}: ${pages.length} pages, ${pages.reduce((n, p) => n + p.lines.length, 0)} lines`);
  console.log(`furniture precision ${pct(s.precision)} (${s.truePositives}/${s.truePositives + s.falsePositives}), recall ${pct(s.recall)} (${s.truePositives}/${s.truePositives + s.falseNegatives})`);
  if (s.mistakes.length > 0) console.log(s.mistakes.join('\n'));
}
