/*
 * Precision and recall of the aligner on the labelled development set
 * (`npm run eval:alignment`; tests/fixtures/alignment/), and on the held-out
 * set. Pass --mistakes to
 * list every wrong decision.
 */
import { loadTopics, scoreAccounts, scorePairs, type Score } from '../tests/unit/engine/alignment-eval.ts';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function report(name: string, s: Score): string {
  const kinds = Object.entries(s.alignedByKind)
    .map(([k, v]) => `${k} ${v.aligned}/${v.total}`)
    .join(', ');
  return `${name}: precision ${pct(s.precision)} (${s.truePositives}/${s.truePositives + s.falsePositives}), recall ${pct(s.recall)} (${s.truePositives}/${s.truePositives + s.falseNegatives}); aligned per kind: ${kinds}`;
}

for (const set of ['pairs', 'heldout'] as const) {
  const topics = loadTopics(set);
  const pairs = scorePairs(topics);
  const accounts = scoreAccounts(topics);
  const count = topics.reduce((n, t) => n + t.pairs.length, 0);
  console.log(`\n${set === 'pairs' ? 'development set' : 'held-out set'}: ${count} labelled pairs in ${topics.length} topics`);
  console.log(report('pairs alone', pairs));
  console.log(report('in accounts', accounts));
  if (process.argv.includes('--mistakes')) {
    console.log('\npairs alone:\n' + pairs.mistakes.join('\n'));
    console.log('\nin accounts:\n' + accounts.mistakes.join('\n'));
  }
}
