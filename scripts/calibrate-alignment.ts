/*
 * Calibration of the aligner's thresholds on the labelled alignment sets (tests/fixtures/alignment/):
 * each tunable of `DEFAULT_COMPARE_OPTIONS` swept over a range while the others keep their default,
 * with precision and recall of the labelled pairs read inside their accounts, on the development
 * set and on the held-out set. `npm run calibrate:alignment`; the figures are in
 * docs/calibration.md and the reasons for each default in src/lib/engine/options.ts.
 */
import { loadTopics, scoreAccounts } from '../tests/unit/engine/alignment-eval.ts';
import { DEFAULT_COMPARE_OPTIONS, type CompareOptions } from '../src/lib/engine/options.ts';

const SWEEPS: Record<string, number[]> = {
  similarThreshold: [0.3, 0.4, 0.5, 0.6, 0.7],
  containThreshold: [0.5, 0.6, 0.7, 0.8, 0.9],
  containMinShingles: [0.3, 0.4, 0.5, 0.6, 0.7],
  retoldThreshold: [0.1, 0.2, 0.3, 0.4, 0.5],
  retoldMinRareUnits: [1, 2, 3],
  retoldMinOrder: [0.3, 0.4, 0.5, 0.6, 0.7],
  contextBoost: [0, 0.05, 0.1, 0.2],
};

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const sets = { development: loadTopics('pairs'), 'held-out': loadTopics('heldout') };

console.log('| option | value | development precision | development recall | held-out precision | held-out recall |');
console.log('|---|---|---|---|---|---|');
for (const [option, values] of Object.entries(SWEEPS)) {
  for (const value of values) {
    const options = { [option]: value } as CompareOptions;
    const [dev, held] = Object.values(sets).map((topics) => scoreAccounts(topics, options));
    const isDefault = (DEFAULT_COMPARE_OPTIONS as Record<string, unknown>)[option] === value;
    console.log(`| ${option} | ${value}${isDefault ? ' (default)' : ''} | ${pct(dev!.precision)} | ${pct(dev!.recall)} | ${pct(held!.precision)} | ${pct(held!.recall)} |`);
  }
}
