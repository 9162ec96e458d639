/**
 * Variants: the same name spelled differently across accounts (Sergei /
 * Sergey, Aleksei / Alexei, Kiev / Kyiv), and numbers or dates that disagree
 * within one passage.
 *
 * Both are read only from SLOTS: a substitution in the word diff of two
 * aligned passages whose neighbours on both sides are the same words (or the
 * passage's edge), so the two forms stand in the same position of the same
 * statement; for names also the same place in one proper name ("Minister _
 * Lavrov", "_ Navalny"), the rest of the name aligning them. Two names that
 * merely occur somewhere in two accounts, or figures from two different
 * sentences, are never compared.
 *
 * Names: the two forms of a slot (capitalized words, not all-capitals
 * abbreviations) are one name spelled twice when they start with the same
 * letter, have the same consonant skeleton once common transliteration
 * differences are folded (the name rules of the two accounts' language,
 * `Language.names`, and its spelling fold, `Language.foldVariants`: for English
 * ks→x before a vowel, ph→f, doubled letters, then ck→k; for German ß→ss and
 * doubled letters; then vowels and y dropped after the first letter; a language
 * without name rules, and two forms in two languages, read with English's), and
 * are at most `maxEdits` edits apart once folded; and when neither is the
 * other with letters added at its end (`extendsWord`): that is inflection or
 * derivation (Iran/Iranian, Council/Councillor, Ukraine/Ukrainian), or a word
 * cut off at the end of a capture (Blinke/Blinken), not a spelling. Case
 * alone is never a variant. General rules: no list of names.
 *
 * Figures: inside each passage cluster, where an account's wording replaces
 * the reference wording's number or date with a different one in a slot. The
 * same value written differently ("two" / "2") is not a disagreement, nor is
 * a weekday that falls on the date another account gives.
 */
import type { PassageCluster, StoryAccount, Variant, VariantForm, VariantOptions } from './types.ts';
import type { DiffTuple } from '../types.ts';
import { countWords, foldVariants, normalizeKey } from '../index.ts';
import { matchedRows, type Pairs } from './accounts.ts';
import { CAPITALIZED, cmp, editDistance, tidy, UnionFind, words, type Word } from './text.ts';
import { languageFor, nameSpelling, withoutPossessive, type Language } from '../lang/index.ts';
import { yearlessDay } from './calendar.ts';

export const VARIANT_DEFAULTS: Required<VariantOptions> = { minNameLength: 4, maxEdits: 2, maxSlotWords: 3 };

/** Consonant skeleton of a name for spelling comparison (the language module's rule, `Language.names`; English by default). */
export function nameSkeleton(name: string, lang?: string): string {
  return nameSpelling(lang).skeleton(normalizeKey(name));
}

/**
 * True when the longer form is the shorter one with letters added at its end,
 * the shorter's final vowel allowed to give way (Ukraine → Ukrain-ian): an
 * ending makes another word (inflection, derivation) or the shorter form is
 * cut off (a capture ending mid-word). A spelling or transliteration variant
 * rewrites letters of the word (Sergei/Sergey, Aleksei/Alexei), so the two
 * differ in length by at most a letter or two and neither is the other's start.
 */
export function extendsWord(x: string, y: string, lang?: string): boolean {
  // Folded first: a doubled letter (Zelensky/Zelenskyy, Councilor/Councillor) is spelling, not an ending.
  const [fx, fy] = [foldVariants(normalizeKey(x), lang), foldVariants(normalizeKey(y), lang)];
  const [short, long] = fx.length <= fy.length ? [fx, fy] : [fy, fx];
  if (long.length === short.length) return false;
  return long.startsWith(short) || (nameSpelling(lang).endsInVowel(short) && long.startsWith(short.slice(0, -1)));
}

/**
 * True when two capitalized forms are one name spelled two ways (see the module comment), by the
 * spelling fold and name rules of language `lang` (English by default; see {@link spellingLang}).
 */
export function isSpellingVariant(x: string, y: string, options: VariantOptions = {}, lang?: string): boolean {
  const opts = { ...VARIANT_DEFAULTS, ...options };
  const a = normalizeKey(x);
  const b = normalizeKey(y);
  if (a === b || !CAPITALIZED.test(x) || !CAPITALIZED.test(y)) return false;
  if (a.length < opts.minNameLength || b.length < opts.minNameLength) return false;
  // Edits are counted after the variant fold: known transliteration pairs (ks/x, y/i) are not edits.
  if (a[0] !== b[0] || nameSkeleton(a, lang) !== nameSkeleton(b, lang) || editDistance(foldVariants(a, lang), foldVariants(b, lang)) > opts.maxEdits) return false;
  return !extendsWord(a, b, lang);
}

/**
 * The language whose spelling rules compare a form of account language `x` with one of `y`: theirs
 * when they share it; otherwise none (English's, the documented fallback of `Language.names`): a
 * name written in two languages is compared as the Latin transliteration the English rules know.
 */
export function spellingLang(x: string | undefined, y: string | undefined): string | undefined {
  return languageFor(x) === languageFor(y) ? x : undefined;
}

/** A substitution in a word diff with the same words on both sides of it. */
export interface Slot {
  /** The first text's words in the slot, and the second's. */
  before: string;
  after: string;
  /** The shared context: the equal text on the left and on the right ('' at the passage edge). */
  left: string;
  right: string;
  /** Index in the diff of the slot's first op (its grade is `grades[index]`, the other side's `grades[index + 1]`). */
  index: number;
}

/**
 * Slots of a diff (first text → second): a deletion and an insertion next to
 * each other, each of at most `maxWords` words, with an equal op holding a word
 * (or the edge of the passage) on each side. Read from word counts only, which
 * do not depend on the language (the tokenizer's one test, `countWords`).
 */
export function diffSlots(diff: readonly DiffTuple[], maxWords: number): Slot[] {
  const out: Slot[] = [];
  const hasWord = (t: string) => countWords(t) > 0;
  for (let i = 0; i + 1 < diff.length; i++) {
    const [op, text] = diff[i]!;
    const [nextOp, nextText] = diff[i + 1]!;
    if (op === 0 || nextOp === 0 || op === nextOp) continue;
    const prev = diff[i - 1];
    const next = diff[i + 2];
    const leftOk = !prev || (prev[0] === 0 && (hasWord(prev[1]) || i === 1));
    const rightOk = !next || (next[0] === 0 && (hasWord(next[1]) || i + 3 === diff.length));
    const [before, after] = op === -1 ? [text, nextText] : [nextText, text];
    const nb = countWords(before);
    const na = countWords(after);
    if (leftOk && rightOk && nb > 0 && na > 0 && nb <= maxWords && na <= maxWords) out.push({ before, after, left: prev?.[1] ?? '', right: next?.[1] ?? '', index: i });
    i++;
  }
  return out;
}

export function buildVariants(accounts: readonly StoryAccount[], clusters: readonly PassageCluster[], pairs: Pairs, options: VariantOptions = {}): Variant[] {
  const opts = { ...VARIANT_DEFAULTS, ...options };
  return [...nameVariants(accounts, pairs, opts), ...figureVariants(accounts, clusters, opts)];
}

/**
 * Pairs of name forms (lower case) that stand in one slot and pass the
 * spelling test. A slot is either
 * - a substitution in a matched row of a pairwise comparison (two aligned
 *   passages), the same words on both sides; or
 * - the same place in one proper name: a capitalized run of words ("Foreign
 *   Minister Sergei Lavrov", "Aleksei Navalny") whose neighbours of the form
 *   inside the run are the same words, the run's edges counting as context
 *   ("_ Navalny" in both). The rest of the name aligns the two forms even
 *   where the sentences around them are written differently.
 */
function alignedNamePairs(accounts: readonly StoryAccount[], pairs: Pairs, opts: Required<VariantOptions>): Array<[string, string]> {
  const found = new Map<string, [string, string]>();
  const consider = (x: string, y: string, lang: string | undefined) => {
    if (!isSpellingVariant(x, y, opts, lang)) return;
    const pair = [normalizeKey(x), normalizeKey(y)].sort(cmp) as [string, string];
    found.set(pair.join('\u0000'), pair);
  };
  const langOf = new Map(accounts.map((a) => [a.id, a.lang]));
  for (let i = 0; i < accounts.length; i++)
    for (let j = i + 1; j < accounts.length; j++) {
      const c = pairs.get(accounts[i]!.id, accounts[j]!.id).comparison;
      // The comparison's sides are its `a` and `b` (ids in code-unit order), not necessarily i and j.
      const [aLang, bLang] = [langOf.get(c.a.id), langOf.get(c.b.id)];
      for (const row of matchedRows(c))
        for (const slot of diffSlots(row.diff, opts.maxSlotWords)) {
          const xs = words(slot.before, 0, aLang);
          const ys = words(slot.after, 0, bLang);
          if (xs.length !== ys.length) continue;
          // Word by word: a differing pair whose neighbours inside the slot agree (the slot's edges have the shared context).
          xs.forEach((x, k) => {
            const neighboursAgree = [k - 1, k + 1].every((n) => n < 0 || n >= xs.length || xs[n]!.key === ys[n]!.key);
            if (neighboursAgree) consider(surface(x, aLang), surface(ys[k]!, bLang), spellingLang(aLang, bLang));
          });
        }
    }
  // Name slots: "left _ right" inside a capitalized run → forms standing there, each with its account's language.
  const nameSlots = new Map<string, Map<string, string | undefined>>();
  for (const acc of accounts)
    for (const s of acc.segments) {
      if (s.kind !== 'text') continue;
      const ws = words(s.text, 0, acc.lang);
      let k = 0;
      while (k < ws.length) {
        let end = k;
        while (end < ws.length && CAPITALIZED.test(surface(ws[end]!, acc.lang)) && (end === k || /^ +$/u.test(s.text.slice(ws[end - 1]!.end, ws[end]!.start)))) end++;
        if (end - k >= 2)
          for (let m = k; m < end; m++) {
            const key = `${m > k ? normalizeKey(surface(ws[m - 1]!, acc.lang)) : '^'} _ ${m + 1 < end ? normalizeKey(surface(ws[m + 1]!, acc.lang)) : '$'}`;
            let set = nameSlots.get(key);
            if (!set) nameSlots.set(key, (set = new Map()));
            const form = surface(ws[m]!, acc.lang);
            // A form met in two languages is compared by neither's rules alone: English's, the fallback.
            set.set(form, set.has(form) ? spellingLang(set.get(form), acc.lang) : acc.lang);
          }
        k = Math.max(end, k + 1);
      }
    }
  for (const forms of nameSlots.values()) {
    const list = [...forms.keys()].sort(cmp);
    for (let a = 0; a < list.length; a++)
      for (let b = a + 1; b < list.length; b++) consider(list[a]!, list[b]!, spellingLang(forms.get(list[a]!), forms.get(list[b]!)));
  }
  return [...found.values()].sort((p, q) => cmp(p.join(' '), q.join(' ')));
}

/** A word as a name form: without a possessive ending (its account's language's). */
const surface = (w: Word, lang: string | undefined) => withoutPossessive(w.text, lang);

function nameVariants(accounts: readonly StoryAccount[], pairs: Pairs, opts: Required<VariantOptions>): Variant[] {
  const aligned = alignedNamePairs(accounts, pairs, opts);
  if (!aligned.length) return [];
  const wanted = new Set(aligned.flat());
  // form (lower case) → surface spellings, versions, following capitalized words
  const forms = new Map<string, { surfaces: Map<string, number>; versions: Set<string>; next: Map<string, number>; count: number }>();
  for (const acc of accounts) {
    for (const s of acc.segments) {
      if (s.kind !== 'text') continue;
      const ws = words(s.text, 0, acc.lang);
      ws.forEach((w, i) => {
        const form = surface(w, acc.lang);
        const lower = normalizeKey(form);
        if (!wanted.has(lower) || !CAPITALIZED.test(form)) return;
        let f = forms.get(lower);
        if (!f) forms.set(lower, (f = { surfaces: new Map(), versions: new Set(), next: new Map(), count: 0 }));
        f.surfaces.set(form, (f.surfaces.get(form) ?? 0) + 1);
        f.versions.add(acc.id);
        f.count++;
        const nx = ws[i + 1];
        if (nx && /^ +$/.test(s.text.slice(w.end, nx.start)) && CAPITALIZED.test(nx.text)) {
          const t = surface(nx, acc.lang);
          f.next.set(t, (f.next.get(t) ?? 0) + 1);
        }
      });
    }
  }
  const uf = new UnionFind();
  for (const [a, b] of aligned) if (forms.has(a) && forms.has(b)) uf.union(a, b);
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

/**
 * A figure found in a text: its phrase as written, where it stands, and a comparable value: `d:M-D`
 * a day of a month (no year), `w:N` a weekday (0 Sunday), `y:YYYY` a year, `n:N` a number.
 */
export interface Figure {
  kind: 'number' | 'date';
  text: string;
  value: string;
  /** Offsets of the phrase in the text. */
  start: number;
  end: number;
}

/**
 * The numeral a word carries: the key of a `number` token (`2,000`), or the
 * digits opening a word token (`19th`, `1990s`, `20km`: the engine keeps
 * these as one word); undefined otherwise.
 */
function numeral(w: Word): string | undefined {
  return w.type === 'number' ? w.key : /^\p{N}+(?=\p{L})/u.exec(w.key)?.[0];
}

/**
 * Numbers and dates of a text, as comparable values, read with its language's calendar and number
 * words and digits only: language-neutral evidence, which the facts step also reads a language
 * with (`facts.ts`) where no parser of its own is kept.
 */
export function figures(text: string, language: Language): Figure[] {
  const { months, weekdays, numberWords } = language.figures;
  const ws = words(text, 0, language.code);
  const nums = ws.map(numeral);
  const day = (i: number) => (nums[i] !== undefined && Number(nums[i]) <= 31 ? Number(nums[i]) : undefined);
  const out: Figure[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    const m = months.indexOf(w.key);
    if (m >= 0 && day(i + 1) !== undefined) {
      out.push({ kind: 'date', text: text.slice(w.start, ws[i + 1]!.end), value: `d:${m + 1}-${day(i + 1)}`, start: w.start, end: ws[i + 1]!.end });
      i++;
      continue;
    }
    const after = ws[i + 1] ? months.indexOf(ws[i + 1]!.key) : -1;
    if (after >= 0 && day(i) !== undefined) {
      out.push({ kind: 'date', text: text.slice(w.start, ws[i + 1]!.end), value: `d:${after + 1}-${day(i)}`, start: w.start, end: ws[i + 1]!.end });
      i++;
      continue;
    }
    const wd = weekdays.indexOf(w.key);
    if (wd >= 0) {
      out.push({ kind: 'date', text: w.text, value: `w:${wd}`, start: w.start, end: w.end });
      continue;
    }
    const num = nums[i];
    if (num !== undefined) {
      const n = Number(num.replace(/,/g, ''));
      if (/^(?:19|20)\d\d$/.test(num)) out.push({ kind: 'date', text: w.text, value: `y:${num}`, start: w.start, end: w.end });
      else if (Number.isFinite(n)) out.push({ kind: 'number', text: w.text, value: `n:${n}`, start: w.start, end: w.end });
      continue;
    }
    if (numberWords.has(w.key)) out.push({ kind: 'number', text: w.text, value: `n:${numberWords.get(w.key)}`, start: w.start, end: w.end });
  }
  return out;
}

/**
 * True when a weekday value and a day value name the same day: the day in the year it names for
 * the account that writes it (`published`, that account's and the other's, in the values' order;
 * see `calendar.ts`: a year-less date is its occurrence nearest the publication).
 */
function sameDay(a: string, b: string, published: readonly [string, string]): boolean {
  const [w, d, pub] = a.startsWith('w:') ? [a, b, published[1]] : [b, a, published[0]];
  if (!w.startsWith('w:') || !d.startsWith('d:')) return false;
  const [month, day] = d.slice(2).split('-').map(Number);
  return new Date(yearlessDay(month!, day!, pub)[0]).getUTCDay() === Number(w.slice(2));
}

function figureVariants(accounts: readonly StoryAccount[], clusters: readonly PassageCluster[], opts: Required<VariantOptions>): Variant[] {
  const byId = new Map(accounts.map((a) => [a.id, a]));
  const out: Variant[] = [];
  for (const c of clusters) {
    if (c.members.length < 2) continue;
    const ref = c.members.find((m) => m.version === c.reference)!;
    // Reference figure text → (other figure text → versions)
    const found = new Map<string, { kind: Figure['kind']; alternatives: Map<string, Set<string>> }>();
    for (const m of c.members) {
      if (m === ref) continue;
      for (const slot of diffSlots(m.diff, opts.maxSlotWords)) {
        // Read each side with one word of the shared context on either side, so "May |19|" is a date.
        const prev = /(\S+\s*)$/u.exec(slot.left)?.[1] ?? '';
        const after2 = /^(\s*\S+)/u.exec(slot.right)?.[1] ?? '';
        const before = figures(prev + slot.before + after2, languageFor(byId.get(ref.version)!.lang));
        const after = figures(prev + slot.after + after2, languageFor(byId.get(m.version)!.lang));
        if (!before.length || !after.length) continue;
        const bv = new Set(before.map((f) => f.value));
        const av = new Set(after.map((f) => f.value));
        const differs = [...bv].some((v) => !av.has(v)) || [...av].some((v) => !bv.has(v));
        if (!differs) continue;
        const onlyBefore = before.filter((f) => !av.has(f.value));
        const onlyAfter = after.filter((f) => !bv.has(f.value));
        if (!onlyBefore.length || !onlyAfter.length) continue;
        if (onlyBefore.length === 1 && onlyAfter.length === 1 && sameDay(onlyBefore[0]!.value, onlyAfter[0]!.value, [byId.get(ref.version)!.published, byId.get(m.version)!.published])) continue;
        const refText = tidy(onlyBefore.map((f) => f.text).join(', '));
        const altText = tidy(onlyAfter.map((f) => f.text).join(', '));
        const kind = [...onlyBefore, ...onlyAfter].some((f) => f.kind === 'date') ? 'date' : 'number';
        let entry = found.get(refText);
        if (!entry) found.set(refText, (entry = { kind, alternatives: new Map() }));
        let vs = entry.alternatives.get(altText);
        if (!vs) entry.alternatives.set(altText, (vs = new Set()));
        vs.add(m.version);
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
