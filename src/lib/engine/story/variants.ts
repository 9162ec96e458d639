/**
 * Variants: the same name spelled differently across accounts (Sergei /
 * Sergey, Aleksei / Alexei, Kiev / Kyiv), and numbers or dates that disagree
 * within one passage.
 *
 * Names: capitalized words (not all-capitals abbreviations) are grouped when
 * they start with the same letter, have the same consonant skeleton once
 * common transliteration differences are folded (the engine's variant fold:
 * ks→x before a vowel, ph→f, doubled letters; then ck→k, vowels and y
 * dropped after the first letter), and are at most `maxEdits` edits apart.
 * Case alone is never a variant. General rules: no list of names.
 *
 * Figures: inside each passage cluster, where an account's wording replaces
 * the reference wording's number or date with a different one (a diff
 * substitution whose figures differ in value). The same value written
 * differently ("two" / "2") is not a disagreement, nor is a weekday that
 * falls on the date another account gives.
 */
import type { PassageCluster, StoryAccount, Variant, VariantForm, VariantOptions } from './types.ts';
import { foldVariants, normalizeKey } from '../index.ts';
import { cmp, editDistance, tidy, UnionFind, words, type Word } from './text.ts';

export const VARIANT_DEFAULTS: Required<VariantOptions> = { minNameLength: 4, maxEdits: 2 };

const CAPITALIZED = /^\p{Lu}[\p{L}\p{M}’'-]*\p{Ll}[\p{L}\p{M}’'-]*$/u;

/** Consonant skeleton of a name for spelling comparison. */
export function nameSkeleton(name: string): string {
  const s = foldVariants(normalizeKey(name)).replace(/ck/g, 'k');
  return (s[0] ?? '') + s.slice(1).replace(/[aeiouy]/g, '').replace(/(.)\1+/g, '$1');
}

export function buildVariants(accounts: readonly StoryAccount[], clusters: readonly PassageCluster[], options: VariantOptions = {}): Variant[] {
  const opts = { ...VARIANT_DEFAULTS, ...options };
  return [...nameVariants(accounts, opts), ...figureVariants(accounts, clusters)];
}

function nameVariants(accounts: readonly StoryAccount[], opts: Required<VariantOptions>): Variant[] {
  // form (lower case) → surface spellings, versions, following capitalized words
  const forms = new Map<string, { surfaces: Map<string, number>; versions: Set<string>; next: Map<string, number>; count: number }>();
  for (const acc of accounts) {
    for (const s of acc.segments) {
      if (s.kind !== 'text') continue;
      const ws = words(s.text);
      ws.forEach((w, i) => {
        const surface = w.text.replace(/[’']s$/u, '');
        if (!CAPITALIZED.test(surface) || surface.length < opts.minNameLength) return;
        const lower = normalizeKey(surface);
        let f = forms.get(lower);
        if (!f) forms.set(lower, (f = { surfaces: new Map(), versions: new Set(), next: new Map(), count: 0 }));
        f.surfaces.set(surface, (f.surfaces.get(surface) ?? 0) + 1);
        f.versions.add(acc.id);
        f.count++;
        const nx = ws[i + 1];
        if (nx && /^ +$/.test(s.text.slice(w.end, nx.start)) && CAPITALIZED.test(nx.text)) {
          const t = nx.text.replace(/[’']s$/u, '');
          f.next.set(t, (f.next.get(t) ?? 0) + 1);
        }
      });
    }
  }
  const keys = [...forms.keys()].sort(cmp);
  const uf = new UnionFind();
  for (let i = 0; i < keys.length; i++) {
    for (let j = i + 1; j < keys.length; j++) {
      const a = keys[i]!;
      const b = keys[j]!;
      if (a[0] !== b[0] || Math.abs(a.length - b.length) > opts.maxEdits) continue;
      if (nameSkeleton(a) !== nameSkeleton(b)) continue;
      if (editDistance(a, b) > opts.maxEdits) continue;
      uf.union(a, b);
    }
  }
  const rank = new Map(accounts.map((a) => [a.id, a.rank]));
  const sortVersions = (vs: Iterable<string>) => [...vs].sort((x, y) => rank.get(x)! - rank.get(y)!);
  const top = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))[0];
  return uf
    .groups()
    .filter((g) => g.length >= 2)
    .map((g) => {
      const out: VariantForm[] = g.map((lower) => {
        const f = forms.get(lower)!;
        const text = top(f.surfaces)![0];
        const next = top(f.next);
        const form: VariantForm = { text, versions: sortVersions(f.versions) };
        // Context: the name as it usually appears ("Sergei Lavrov"), when it is usually followed by the same word.
        if (next && next[1] * 2 >= f.count) form.context = `${text} ${next[0]}`;
        return form;
      });
      out.sort((a, b) => b.versions.length - a.versions.length || cmp(a.text, b.text));
      return { kind: 'name' as const, forms: out };
    })
    .sort((a, b) => cmp(a.forms[0]!.text, b.forms[0]!.text));
}

// ---------------------------------------------------------------------------
// Figures
// ---------------------------------------------------------------------------

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, thousand: 1000,
  million: 1e6, billion: 1e9, dozen: 12,
};

/** A figure found in a text: its phrase as written and a comparable value. */
interface Figure {
  kind: 'number' | 'date';
  text: string;
  value: string;
}

/**
 * The numeral a word carries: the key of a `number` token (`2,000`), or the
 * digits opening a word token (`19th`, `1990s`, `20km`: the engine keeps
 * these as one word); undefined otherwise.
 */
function numeral(w: Word): string | undefined {
  return w.type === 'number' ? w.key : /^\p{N}+(?=\p{L})/u.exec(w.key)?.[0];
}

/** Numbers and dates of a text, as comparable values. */
function figures(text: string): Figure[] {
  const ws = words(text);
  const nums = ws.map(numeral);
  const day = (i: number) => (nums[i] !== undefined && Number(nums[i]) <= 31 ? Number(nums[i]) : undefined);
  const out: Figure[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    const m = MONTHS.indexOf(w.key);
    if (m >= 0 && day(i + 1) !== undefined) {
      out.push({ kind: 'date', text: text.slice(w.start, ws[i + 1]!.end), value: `d:${m + 1}-${day(i + 1)}` });
      i++;
      continue;
    }
    const after = ws[i + 1] ? MONTHS.indexOf(ws[i + 1]!.key) : -1;
    if (after >= 0 && day(i) !== undefined) {
      out.push({ kind: 'date', text: text.slice(w.start, ws[i + 1]!.end), value: `d:${after + 1}-${day(i)}` });
      i++;
      continue;
    }
    const wd = WEEKDAYS.indexOf(w.key);
    if (wd >= 0) {
      out.push({ kind: 'date', text: w.text, value: `w:${wd}` });
      continue;
    }
    const num = nums[i];
    if (num !== undefined) {
      const n = Number(num.replace(/,/g, ''));
      if (/^(?:19|20)\d\d$/.test(num)) out.push({ kind: 'date', text: w.text, value: `y:${num}` });
      else if (Number.isFinite(n)) out.push({ kind: 'number', text: w.text, value: `n:${n}` });
      continue;
    }
    if (w.key in NUMBER_WORDS) out.push({ kind: 'number', text: w.text, value: `n:${NUMBER_WORDS[w.key]}` });
  }
  return out;
}

/** True when a weekday value and a day value name the same day in `year`. */
function sameDay(a: string, b: string, year: number): boolean {
  const [w, d] = a.startsWith('w:') ? [a, b] : [b, a];
  if (!w.startsWith('w:') || !d.startsWith('d:')) return false;
  const [month, day] = d.slice(2).split('-').map(Number);
  return new Date(Date.UTC(year, month! - 1, day!)).getUTCDay() === Number(w.slice(2));
}

function figureVariants(accounts: readonly StoryAccount[], clusters: readonly PassageCluster[]): Variant[] {
  const byId = new Map(accounts.map((a) => [a.id, a]));
  const out: Variant[] = [];
  for (const c of clusters) {
    if (c.members.length < 2) continue;
    const ref = c.members.find((m) => m.version === c.reference)!;
    const year = Number(byId.get(ref.version)!.published.slice(0, 4));
    // Reference figure text → (other figure text → versions)
    const found = new Map<string, { kind: Figure['kind']; alternatives: Map<string, Set<string>> }>();
    for (const m of c.members) {
      if (m === ref) continue;
      for (let i = 0; i < m.diff.length; i++) {
        const [op, text] = m.diff[i]!;
        const next = m.diff[i + 1];
        if (op !== -1 || !next || next[0] !== 1) continue;
        // Read each side with one word of shared context on either side, so "May |19|" is a date.
        const prev = m.diff[i - 1]?.[0] === 0 ? (/(\S+\s*)$/u.exec(m.diff[i - 1]![1])?.[1] ?? '') : '';
        const after2 = m.diff[i + 2]?.[0] === 0 ? (/^(\s*\S+)/u.exec(m.diff[i + 2]![1])?.[1] ?? '') : '';
        const before = figures(prev + text + after2);
        const after = figures(prev + next[1] + after2);
        if (!before.length || !after.length) continue;
        const bv = new Set(before.map((f) => f.value));
        const av = new Set(after.map((f) => f.value));
        const differs = [...bv].some((v) => !av.has(v)) || [...av].some((v) => !bv.has(v));
        if (!differs) continue;
        const onlyBefore = before.filter((f) => !av.has(f.value));
        const onlyAfter = after.filter((f) => !bv.has(f.value));
        if (!onlyBefore.length || !onlyAfter.length) continue;
        if (onlyBefore.length === 1 && onlyAfter.length === 1 && sameDay(onlyBefore[0]!.value, onlyAfter[0]!.value, year)) continue;
        const refText = tidy(onlyBefore.map((f) => f.text).join(', '));
        const altText = tidy(onlyAfter.map((f) => f.text).join(', '));
        const kind = [...onlyBefore, ...onlyAfter].some((f) => f.kind === 'date') ? 'date' : 'number';
        let entry = found.get(refText);
        if (!entry) found.set(refText, (entry = { kind, alternatives: new Map() }));
        let vs = entry.alternatives.get(altText);
        if (!vs) entry.alternatives.set(altText, (vs = new Set()));
        vs.add(m.version);
        i++;
      }
    }
    const rank = new Map(accounts.map((a) => [a.id, a.rank]));
    const sortVersions = (vs: Iterable<string>) => [...vs].sort((x, y) => rank.get(x)! - rank.get(y)!);
    for (const [refText, entry] of [...found.entries()].sort((a, b) => cmp(a[0], b[0]))) {
      const differing = new Set([...entry.alternatives.values()].flatMap((s) => [...s]));
      const same = c.members.filter((m) => !differing.has(m.version)).map((m) => m.version);
      const forms: VariantForm[] = [
        { text: refText, versions: sortVersions(same), context: ref.text },
        ...[...entry.alternatives.entries()]
          .sort((a, b) => cmp(a[0], b[0]))
          .map(([text, vs]) => ({ text, versions: sortVersions(vs), context: c.members.find((m) => m.version === sortVersions(vs)[0])!.text })),
      ];
      out.push({ kind: entry.kind, forms, cluster: c.id });
    }
  }
  return out;
}
