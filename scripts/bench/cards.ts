/*
 * CPU cost of drawing share cards (src/lib/site/share-card.ts), stage by stage: every card of the
 * seed story (its story card and one per pair of accounts, as the site draws them), drawn N rounds
 * in one process after a warm-up; median CPU ms per card of each stage (satori's layout to SVG,
 * resvg's rasterizing, PNG encoding) and of the whole card, the cards of one story, and the load
 * average before and after. CPU time (process.cpuUsage), not wall time: the machine is shared.
 * Side by side, on the same pixels in the same rounds (so load hits both alike), resvg's own PNG
 * encoder (`asPng()`), which the cards used before png.ts.
 * Usage: npx node scripts/bench/cards.ts [rounds]   Prints a table, then one JSON line.
 */
import os from 'node:os';
import { loadCorpus } from '../../src/lib/content/corpus.ts';
import { accountNames } from '../../src/lib/site/overview.ts';
import { analyseInput } from '../../src/lib/site/story-analysis.ts';
import { storyCards } from '../../src/lib/site/cards.ts';
import { cardContent, cardSvg, encodePng, rasterize, type CardContent } from '../../src/lib/site/share-card.ts';
import { compareCodeUnits } from '../../src/lib/engine/sorted.ts';

const rounds = Number(process.argv[2] ?? '5');
const loadBefore = os.loadavg()[0]!;

const corpus = await loadCorpus('tests/fixtures/seed-content');
const entry = corpus.stories[0]!;
// As the site orders a story's accounts (src/lib/site/stories.ts): earliest published first, then by id.
const versions = corpus.versions.filter((v) => v.story === entry.id).sort((a, b) => compareCodeUnits(String(a.data.published), String(b.data.published)) || compareCodeUnits(a.version, b.version));
const outletName = new Map(corpus.outlets.map((o) => [o.id, o.name]));
const names = accountNames(versions.map((v) => ({ id: v.version, outletName: outletName.get(v.data.outlet)!, published: String(v.data.published) })));
const analysis = analyseInput({ story: entry.id, accounts: versions.map((v) => ({ id: v.version, outlet: v.data.outlet, published: String(v.data.published).slice(0, 10), ...(v.data.relation ? { relation: v.data.relation } : {}), ...(v.data.lang ? { lang: v.data.lang } : {}), paragraphs: v.paragraphs })) });
const story = { id: entry.id, data: entry.data, accounts: versions.map((v) => ({ id: v.version })) };
const cards: CardContent[] = storyCards(story, names, new Map(Object.entries(analysis.comparisons))).map(cardContent);

const cpuMs = ({ user, system }: NodeJS.CpuUsage) => (user + system) / 1000;
const stages = { layout: [] as number[], rasterize: [] as number[], encode: [] as number[], card: [] as number[], resvgEncode: [] as number[] };
let bytes = 0;
let resvgBytes = 0;
async function draw(card: CardContent, record: boolean): Promise<void> {
  const t0 = cpuMs(process.cpuUsage());
  const svg = await cardSvg(card);
  const t1 = cpuMs(process.cpuUsage());
  const image = rasterize(svg);
  const t2 = cpuMs(process.cpuUsage());
  const png = encodePng(image);
  const t3 = cpuMs(process.cpuUsage());
  const resvgPng = image.asPng();
  const t4 = cpuMs(process.cpuUsage());
  if (!record) return;
  stages.resvgEncode.push(t4 - t3);
  resvgBytes += resvgPng.length;
  stages.layout.push(t1 - t0);
  stages.rasterize.push(t2 - t1);
  stages.encode.push(t3 - t2);
  stages.card.push(t3 - t0);
  bytes += png.length;
}
for (const card of cards) await draw(card, false); // warm-up: fonts parsed, code compiled
for (let round = 0; round < rounds; round++) for (const card of cards) await draw(card, true);

const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[xs.length >> 1]!;
const result = {
  cards: cards.length,
  rounds,
  layoutCpuMs: median(stages.layout),
  rasterizeCpuMs: median(stages.rasterize),
  encodeCpuMs: median(stages.encode),
  cardCpuMs: median(stages.card),
  storyCpuMs: median(stages.card) * cards.length,
  meanPngKB: bytes / stages.card.length / 1024,
  resvgEncodeCpuMs: median(stages.resvgEncode),
  resvgMeanPngKB: resvgBytes / stages.card.length / 1024,
  loadBefore,
  loadAfter: os.loadavg()[0]!,
};
const f = (x: number) => x.toFixed(1);
console.log(`share cards of the seed story: ${cards.length} cards × ${rounds} rounds; median CPU ms per card (load ${f(loadBefore)} → ${f(result.loadAfter)})`);
console.log('| layout (satori) | rasterize (resvg) | encode PNG (png.ts) | whole card | cards of one story | mean PNG KB | resvg `asPng()` on the same pixels, and its KB |');
console.log('|---|---|---|---|---|---|---|');
console.log(`| ${f(result.layoutCpuMs)} | ${f(result.rasterizeCpuMs)} | ${f(result.encodeCpuMs)} | ${f(result.cardCpuMs)} | ${f(result.storyCpuMs)} | ${f(result.meanPngKB)} | ${f(result.resvgEncodeCpuMs)} (${f(result.resvgMeanPngKB)} KB) |`);
console.log(JSON.stringify(result));
