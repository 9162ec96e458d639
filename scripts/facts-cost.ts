/**
 * CPU cost of one story's analysis (`analyseStory`: clusters, lineage, quotes, variants, word
 * choices, facts), comparisons excluded: they are computed first and handed in. Run on the seed
 * story (tests/fixtures/seed-content) and on stories of 5 accounts generated the way the site
 * benchmark's corpus is (scripts/bench-site/corpus.ts: the seed accounts with realistic edits).
 *
 *   npm run facts-cost [-- --stories 8]
 *   npm run facts-cost -- --slots on|off
 *
 * With `--slots`, times only the facts judgement (`judgeSlot`) of every slot of the same stories,
 * with the pre-filter on or off, one memo of readings per story as in `analyseStory` (run each mode in its own process).
 *
 * Prints CPU ms (user + system, `process.cpuUsage`) per story: each story once per process (after
 * a warm-up on an invented pair), so no memo from an earlier run of the same story helps. Run it several times and compare medians.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../src/lib/content/corpus.ts';
import { buildStoryContext, compareAccounts, type AccountInput, type Comparison } from '../src/lib/engine/index.ts';
import { analyseStory, type StoryAccountInput } from '../src/lib/engine/story/index.ts';
import { buildAccounts, Pairs } from '../src/lib/engine/story/accounts.ts';
import { judgeSlot } from '../src/lib/engine/story/facts.ts';
import { storySlots } from '../src/lib/engine/story/slots.ts';
import { editedAccount } from './bench/synthetic.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { stories: { type: 'string', default: '6' }, slots: { type: 'string' } } });
const generated = Number(values.stories);
const slotsMode = values.slots === undefined ? undefined : values.slots === 'on';
if (values.slots !== undefined && values.slots !== 'on' && values.slots !== 'off') throw new Error(`--slots: expected "on" or "off", got "${values.slots}"`);

/** CPU ms of analysing the story once, with every comparison computed beforehand. */
function analysisCpuMs(accounts: StoryAccountInput[]): number {
  const inputs: AccountInput[] = accounts.map((a) => ({ id: a.id, paragraphs: [...a.paragraphs] }));
  const context = buildStoryContext(inputs);
  const comparisons = new Map<string, Comparison>();
  for (const a of inputs) for (const b of inputs) if (a.id < b.id) comparisons.set(`${a.id}/${b.id}`, compareAccounts(a, b, context));
  const compare = (a: string, b: string) => comparisons.get(`${a}/${b}`)!;
  if (slotsMode !== undefined) {
    const pairs = new Pairs(compare);
    const slots = storySlots(buildAccounts(accounts, pairs), pairs);
    const readings = new Map(); // one memo of readings for the story, as analyseStory keeps
    const start = process.cpuUsage();
    for (const s of slots) judgeSlot(s, ['2021-05-20', '2021-05-20'], { prefilter: slotsMode, readings });
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000;
  }
  const start = process.cpuUsage();
  analyseStory(accounts, compare);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

// Warm-up (not measured): the first analysis in a process also loads the NLP lexicons and compiles the hot code.
const warm = 'Rescue teams said 12 people were killed on Wednesday when the hillside above the town of Brevik collapsed.';
analysisCpuMs([
  { id: 'w1', outlet: 'w1', published: '2027-05-20', paragraphs: [warm] },
  { id: 'w2', outlet: 'w2', published: '2027-05-20', paragraphs: [warm.replace('12', '15').replace('Wednesday', 'May 19')] },
]);

const corpus = await loadCorpus(path.join(root, 'tests/fixtures/seed-content'));
const seed = corpus.versions.filter((v) => v.story === 'lavrov-blinken-reykjavik-2021').map((v) => ({ id: v.version, outlet: v.data.outlet, published: v.data.published, paragraphs: v.paragraphs, ...(v.data.relation ? { relation: v.data.relation } : {}) }));
const rows: Array<[string, number, number]> = [['seed story', seed.length, analysisCpuMs(seed)]];
for (let s = 0; s < generated; s++) {
  const base = { id: `story-${s}`, paragraphs: seed[s % seed.length]!.paragraphs };
  // The site benchmark's edit seeds (scripts/bench-site/corpus.ts), so these are its stories.
  const accounts = Array.from({ length: 5 }, (_, v) => ({ id: `v${v}`, outlet: `outlet-${v}`, published: '2021-05-20', paragraphs: editedAccount(base, 1_000_003 + s * 101 + v).paragraphs }));
  rows.push([`generated story ${s}`, accounts.length, analysisCpuMs(accounts)]);
}
if (slotsMode !== undefined) console.log(`facts judgement only, pre-filter ${slotsMode ? 'on' : 'off'}: ${rows.reduce((t, r) => t + r[2], 0).toFixed(1)} CPU ms over ${rows.length} stories`);
for (const [name, n, ms] of rows) console.log(`${name.padEnd(20)} ${n} accounts  ${ms.toFixed(1).padStart(8)} CPU ms`);
const gen = rows.slice(1).map((r) => r[2]).sort((a, b) => a - b);
if (gen.length) console.log(`generated: median ${gen[gen.length >> 1]!.toFixed(1)} CPU ms per story`);
