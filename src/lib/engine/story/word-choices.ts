/**
 * Word choices: where, in one statement, accounts chose different words
 * ("took place" / "was held", "militants" / "fighters"), aggregated over all
 * pairs of a story by the pair of word forms.
 *
 * Read from the story's slots (`slots.ts`: strong article-text rows only, the
 * same words on both sides of the substitution), and kept only when
 * - the diff grades both sides substantive: spelling, case, punctuation and
 *   inflection are graded minor by the engine and are no choice of words;
 * - each side has a content word (not a stopword): "have" / "had", "its" /
 *   "the" are grammar, not vocabulary;
 * - neither side holds a number (in digits or number words), and the slot states no fact (`facts.ts`:
 *   numbers, dates, places, names, titles): each difference is listed once,
 *   in the section that judges it;
 * - the two sides' lemmas differ (the language module's stems, so "claims" /
 *   "claimed" is one form, and "claimed" / "said" groups with "claims" / "says").
 * An entry's key is the pair of lemma forms; each side keeps the surface
 * form written most often.
 */
import type { RowLink, StoryAccount, WordChoice, WordChoiceForm } from './types.ts';
import type { Pairs } from './accounts.ts';
import { storySlots, type SlotOptions, type StorySlot } from './slots.ts';
import { cmp, formText, words } from './text.ts';
import { judgeSlot, type Readings } from './facts.ts';
import { languageFor } from '../lang/index.ts';

/**
 * The lemma form of a slot side: its content words' stems, in order; '' when it has none. Read with
 * the rules of the side's account's language (`lang`, English by default): its stopwords and stemmer.
 */
export function lemmaForm(text: string, lang?: string): string {
  return words(text, 0, lang)
    .filter((w) => w.content && w.type === 'word')
    .map((w) => w.stem)
    .join(' ');
}

/** True when a slot records a choice of words (see the module comment). */
function isWordChoice(s: StorySlot, published: [string, string], langs: [string | undefined, string | undefined], readings: Readings): boolean {
  if (s.grades[0] !== 'substantive' || s.grades[1] !== 'substantive') return false;
  // A number is a number written in digits or in words ("12 ships", "two ships"): the language's
  // number words are figures as much as digits are, and a figure is the facts section's to judge.
  const holdsNumber = (text: string, lang: string | undefined) => {
    const { numberWords } = languageFor(lang).figures;
    return words(text, 0, lang).some((w) => w.type === 'number' || numberWords.has(w.key));
  };
  if (holdsNumber(s.slot.before, langs[0]) || holdsNumber(s.slot.after, langs[1])) return false;
  const [x, y] = [lemmaForm(s.slot.before, langs[0]), lemmaForm(s.slot.after, langs[1])];
  return x !== '' && y !== '' && x !== y && judgeSlot(s, published, { langs, readings }) === undefined;
}

interface Side {
  lemma: string;
  surfaces: Map<string, number>;
  versions: Set<string>;
}

/** The story's word choices; `readings`: the story's memo of slot readings (`facts.ts` Readings), shared with its facts. */
export function buildWordChoices(accounts: readonly StoryAccount[], pairs: Pairs, options: SlotOptions = {}, readings: Readings = new Map()): WordChoice[] {
  const byId = new Map(accounts.map((a) => [a.id, a]));
  const entries = new Map<string, { sides: [Side, Side]; rows: RowLink[] }>();
  for (const s of storySlots(accounts, pairs, options)) {
    const [a, b] = [byId.get(s.a)!, byId.get(s.b)!];
    if (!isWordChoice(s, [a.published, b.published], [a.lang, b.lang], readings)) continue;
    const forms: [[string, string, string], [string, string, string]] = [
      [lemmaForm(s.slot.before, a.lang), formText(s.slot.before), s.a],
      [lemmaForm(s.slot.after, b.lang), formText(s.slot.after), s.b],
    ];
    if (cmp(forms[0][0], forms[1][0]) > 0) forms.reverse();
    const key = `${forms[0][0]}\u0000${forms[1][0]}`;
    let entry = entries.get(key);
    if (!entry) {
      const side = (lemma: string): Side => ({ lemma, surfaces: new Map(), versions: new Set() });
      entries.set(key, (entry = { sides: [side(forms[0][0]), side(forms[1][0])], rows: [] }));
    }
    forms.forEach(([, surface, version], k) => {
      const side = entry!.sides[k]!;
      side.surfaces.set(surface, (side.surfaces.get(surface) ?? 0) + 1);
      side.versions.add(version);
    });
    entry.rows.push({ a: s.a, b: s.b, row: s.row });
  }
  const rank = (v: string) => byId.get(v)!.rank;
  const out: WordChoice[] = [...entries.values()].map(({ sides, rows }) => {
    const forms = sides.map((side): WordChoiceForm => {
      const versions = [...side.versions].sort((x, y) => rank(x) - rank(y));
      const text = [...side.surfaces.entries()].sort((p, q) => q[1] - p[1] || cmp(p[0], q[0]))[0]![0];
      return { text, lemma: side.lemma, versions, outlets: [...new Set(versions.map((v) => byId.get(v)!.outlet))] };
    }) as [WordChoiceForm, WordChoiceForm];
    const outlets = new Set(forms.flatMap((f) => f.outlets)).size;
    return { forms, outlets, count: rows.length, rows };
  });
  // Most outlets split first, then most rows, then the forms (code-unit order) so ties never depend on input order.
  return out.sort((p, q) => q.outlets - p.outlets || q.count - p.count || cmp(p.forms[0].lemma, q.forms[0].lemma) || cmp(p.forms[1].lemma, q.forms[1].lemma));
}
