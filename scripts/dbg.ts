import { segmentAccount } from '../src/lib/engine/index.ts';
import { loadSeed } from '../tests/unit/engine/seeds.ts';
for (const id of process.argv.slice(2)) {
  const s = segmentAccount(loadSeed(id as any, { keepStamp: true }));
  for (const x of s.segments) if (x.kind !== 'text' || process.env.ALL) console.log(id, x.index, x.kind, x.reason, JSON.stringify(x.text.slice(0, 100)));
}
