// Child process of `facts-timezone.test.ts`: judges slots with `facts.ts` in whatever zone TZ
// names (set before the process starts, the only way it reaches compromise-dates), one
// `kind:relation` line per slot given as JSON on argv. Node strips the types itself.
const { judged, slot } = await import(new URL('./fact-slot.ts', import.meta.url).href);
const [published, ...slots] = JSON.parse(process.argv[2]);
for (const [left, before, after, right] of slots) {
  console.log(judged(slot(left, before, after, right), [published, published], [undefined, undefined]) ?? 'none');
}
