/**
 * What the analysis cache stores for a story, and the check every stored entry passes before it is
 * served: the shape (a schema of the fields pages and the JSON API read; fields the engine adds
 * later pass through) and the invariants that tie it to the story's texts (every ordered pair
 * present; each side's segments join to exactly that account's text; every segment in one row; each
 * row's diff spells its two texts). An entry of the wrong shape, from other texts, or edited by hand
 * fails, and is recomputed.
 */
import { z } from 'astro/zod';
import { orderedPairs, pairKey } from './story-analysis.ts';

export type { StoredAnalysis } from './story-analysis.ts';

/** What the check needs to know of each account. */
export interface StoredAccount {
  id: string;
  paragraphs: readonly string[];
}

const PARAGRAPH_SEPARATOR = '\n\n';

const segment = z.looseObject({ text: z.string(), kind: z.enum(['text', 'boilerplate', 'interpolation']), paragraph: z.int().nonnegative() });
const side = z.looseObject({ id: z.string(), segments: z.array(segment) });
const row = z.looseObject({
  kind: z.enum(['equal', 'changed', 'moved', 'a-only', 'b-only']),
  a: z.array(z.int().nonnegative()),
  b: z.array(z.int().nonnegative()),
  diff: z.array(z.tuple([z.union([z.literal(-1), z.literal(0), z.literal(1)]), z.string()])),
  id: z.string(),
});
const ratio = z.number().min(0).max(1);
const comparison = z.looseObject({
  schema: z.literal(1),
  a: side,
  b: side,
  stats: z.looseObject({ similarity: ratio, aShared: ratio, bShared: ratio, verbatim: ratio, rows: z.record(z.string(), z.int().nonnegative()) }),
  rows: z.array(row),
});
const findings = z.looseObject({
  versions: z.array(z.looseObject({ id: z.string() })),
  similarity: z.record(z.string(), z.record(z.string(), z.number())),
  clusters: z.array(z.unknown()),
  coverage: z.array(z.unknown()),
  lineage: z.array(z.unknown()),
  quotes: z.array(z.unknown()),
  variants: z.array(z.unknown()),
  wordChoices: z.array(z.unknown()),
  facts: z.array(z.unknown()),
});
const storedSchema = z.strictObject({ comparisons: z.record(z.string(), comparison), findings });

type ComparisonShape = z.infer<typeof comparison>;

/** The text of segments `indexes` of a side. */
const textOf = (segments: readonly { text: string }[], indexes: readonly number[]) => indexes.map((i) => segments[i]?.text ?? '').join('');

function comparisonProblem(key: string, c: ComparisonShape, a: StoredAccount, b: StoredAccount): string | undefined {
  if (c.a.id !== a.id || c.b.id !== b.id) return `comparison ${key} is of ${c.a.id}/${c.b.id}`;
  for (const [name, s, account] of [['A', c.a, a], ['B', c.b, b]] as const) {
    if (textOf(s.segments, s.segments.map((_, i) => i)) !== account.paragraphs.join(PARAGRAPH_SEPARATOR)) return `comparison ${key}: side ${name}'s segments do not spell the text of ${account.id}`;
  }
  const seen = { a: new Array<number>(c.a.segments.length).fill(0), b: new Array<number>(c.b.segments.length).fill(0) };
  for (const r of c.rows) {
    for (const which of ['a', 'b'] as const) {
      for (const i of r[which]) {
        if (i >= seen[which].length) return `comparison ${key}: row ${r.id} names segment ${which}${i}, which does not exist`;
        seen[which][i]!++;
      }
    }
    const aText = r.diff.filter(([op]) => op !== 1).map(([, t]) => t).join('');
    const bText = r.diff.filter(([op]) => op !== -1).map(([, t]) => t).join('');
    if (aText !== textOf(c.a.segments, r.a) || bText !== textOf(c.b.segments, r.b)) return `comparison ${key}: row ${r.id}'s diff does not spell its segments`;
  }
  if ([...seen.a, ...seen.b].some((n) => n !== 1)) return `comparison ${key}: a segment is in no row or in more than one`;
  return undefined;
}

/** Why `value` is not a valid stored analysis of `accounts` (ordered pairs of distinct accounts), or undefined. */
export function storedAnalysisProblem(value: unknown, accounts: readonly StoredAccount[]): string | undefined {
  const parsed = storedSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return `not a stored analysis: ${issue.path.join('.') || '(value)'}: ${issue.message}`;
  }
  const byId = new Map(accounts.map((a) => [a.id, a]));
  const expected = orderedPairs(accounts).map(([a, b]) => pairKey(a.id, b.id)).sort();
  const keys = Object.keys(parsed.data.comparisons).sort();
  if (keys.join('\n') !== expected.join('\n')) return `its comparisons (${keys.length}) are not those of the story's ${accounts.length} accounts`;
  for (const key of keys) {
    const [a, b] = key.split('/');
    const problem = comparisonProblem(key, parsed.data.comparisons[key]!, byId.get(a!)!, byId.get(b!)!);
    if (problem) return problem;
  }
  const versions = parsed.data.findings.versions.map((v) => v.id).sort();
  if (versions.join('\n') !== [...byId.keys()].sort().join('\n')) return 'its findings are not of the story\'s accounts';
  return undefined;
}
