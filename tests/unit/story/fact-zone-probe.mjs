// Child process of `facts-timezone.test.ts`: judges slots with `facts.ts` in whatever zone TZ
// names (set before the process starts, the only way it reaches compromise-dates), one
// `kind:relation` line per slot given as JSON on argv. Node strips the engine's types itself.
const { judgeSlot } = await import(new URL('../../../src/lib/engine/story/facts.ts', import.meta.url).href);
const [published, ...slots] = JSON.parse(process.argv[2]);
for (const [left, before, after, right] of slots) {
  const slot = { a: 'a', b: 'b', row: 'r1', slot: { before, after, left, right, index: 1 }, grades: ['substantive', 'substantive'], aText: left + before + right, bText: left + after + right };
  const j = judgeSlot(slot, [published, published], { prefilter: false });
  console.log(j ? `${j.kind}:${j.relation}` : 'none');
}
