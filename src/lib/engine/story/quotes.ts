/**
 * Direct quotations across accounts: who is quoted, with which verb, and how
 * each outlet worded the quote.
 *
 * 1. Quotations are found in each account's article text by the engine's one
 *    quotation finder (`../quotation.ts`: any mix of straight and curly marks,
 *    nested quotations, quotations over several sentences, one cut off by the
 *    end of the capture); a nested quotation is part of its statement.
 * 2. Attribution is read from the sentence around the quotation: "…,” he said"
 *    after it, or "Lavrov said … “…”" before it, with a list of speech verbs.
 *    The subject is resolved to a speaker: a named person; a pronoun → the
 *    last person named before the quotation; a description ("the Russian
 *    foreign minister") → the person any account introduces with that title
 *    ("Russian Foreign Minister Sergey Lavrov"); an organisation named as a
 *    proper noun ("the State Department", "TASS"). A common noun ("officials",
 *    "the policy" after a scare-quoted word) is never a speaker: the speaker is
 *    then looked for before the quotation, else left unnamed.
 * 3. Quotations are grouped over all pairs into cohesive groups (`grouping.ts`:
 *    no chains of loosely related quotes) by IDF-weighted word
 *    overlap on the engine's loose stems: the same words (Dice), a verbatim
 *    fragment of a longer quotation, or most of a longer one's words
 *    (containment), so translations of one statement ("serious differences in
 *    the assessment of" / "significant differences in assessing") meet. A
 *    quotation cut off by the end of a capture matches its fuller form with
 *    its last, partial word read as a prefix, and is marked `truncated`.
 * 4. Each member is diffed against the reference wording (the fullest, never a
 *    fragment of another; then the most carried) and marked `truncated` (part
 *    of it), `paraphrased` (a quarter or more of its words differ) or
 *    `re-attributed` (it names another speaker than most accounts do).
 */
import type { QuoteCluster, QuoteMark, QuoteMember, QuoteOptions, StoryAccount } from './types.ts';
import { diffStrings, foldVariants, gradeDiff, looseStem, normalizeKey, type WordDiff } from '../index.ts';
import { accountQuoteSpans, paragraphRanges, segmentAt } from './accounts.ts';
import { ACRONYM, CAPITALIZED, cmp, tidy, words, type Word } from './text.ts';
import { cohesiveGroups, type GroupLink } from './grouping.ts';
import { outermost, type Quotation } from '../quotation.ts';
import { countDocumentFrequencies, termIdf, weightedDice } from '../rarity.ts';
import { languageFor, possessiveEnding, type AttributionWords, type Language } from '../lang/index.ts';

export const QUOTE_DEFAULTS: Required<QuoteOptions> = {
  minContainment: 0.6,
  minContentWords: 4,
  minDice: 0.6,
  paraphraseShare: 0.25,
  minUnquotedWords: 6,
  truncatedShare: 0.8,
};

/**
 * Sizes of attribution and truncation, in characters or words. Each bounds how far a rule reads, so
 * that an attribution is a subject and its verb, not a clause, and a cut is a cut, not an edit.
 */
const LIMITS = {
  /** Longest subject before a speech verb after a quotation ("…,” the Russian foreign minister said"), in characters. */
  subjectBeforeVerbChars: 80,
  /** Longest subject after an inverted speech verb ("…,” said Sergei Lavrov, …"), in characters: a name and a title. */
  subjectAfterVerbChars: 60,
  /** Longest subject phrase, in words ("the Russian foreign minister Sergei Lavrov" is six): longer is a clause, not a subject. */
  subjectWords: 6,
  /** Longest aside between commas skipped before a speech verb ("Lavrov, the foreign minister, said"), in characters. */
  asideChars: 40,
  /** Fewest words a shorter wording must lack to be `truncated` (with `truncatedShare`): one or two missing words are an edit. */
  truncatedMissingWords: 3,
  /**
   * Reference words beyond a shorter member's length in the window it is diffed against (`alignedDiff`):
   * a quarter of its length, at least this many, so reworded edges still fall inside the window.
   */
  windowSlackWords: 3,
} as const;

/** Letter boundaries that hold in every script (`\\b` knows only ASCII letters). */
const BEFORE = '(?<![\\p{L}\\p{N}_])';
const AFTER = '(?![\\p{L}\\p{N}_])';

/** A language's attribution words (`lang/`), compiled once into the patterns quotes are read with. */
interface AttributionRules {
  /** The language's code: its words are read with its stopwords. */
  lang: string;
  words: AttributionWords;
  /** A subject and speech verb right after a quotation ("…,” he said", "…,” said Lavrov"). */
  after: RegExp;
  /** Every speech verb in a text. */
  verbIn: RegExp;
  leadAdverbs: RegExp;
  clause: RegExp;
  possessive: RegExp;
  subjectOpeners: RegExp;
  articles: RegExp;
}
const rulesCache = new WeakMap<Language, AttributionRules>();
function rulesFor(account: { lang?: string }): AttributionRules {
  const language = languageFor(account.lang);
  let r = rulesCache.get(language);
  if (r) return r;
  const w = language.attribution;
  const verbs = [...w.speechPhrases, ...w.speechVerbs].join('|');
  r = {
    lang: language.code,
    words: w,
    after: new RegExp(`^[\\s,.;:—–-]*(?:(?<subj>[^,.;:!?“”"«»]{1,${LIMITS.subjectBeforeVerbChars}}?)\\s+(?<verb>${verbs})${AFTER}|(?<verb2>${verbs})\\s+(?<subj2>[^,.;:!?“”"«»]{1,${LIMITS.subjectAfterVerbChars}}?)\\s*(?=[,.;:!?]|$))`, 'u'),
    verbIn: new RegExp(`${BEFORE}(?:${verbs})${AFTER}`, 'gu'),
    leadAdverbs: new RegExp(`${BEFORE}(?:${w.leadAdverbsPattern})\\s*$`, 'iu'),
    clause: new RegExp(`[,;:]|\\s[-–—]\\s|${BEFORE}(?:${w.clauseWordsPattern})${AFTER}`, 'u'),
    possessive: possessiveEnding(language),
    subjectOpeners: new RegExp(`^(?:${w.subjectOpenersPattern})\\s+`, 'iu'),
    articles: new RegExp(`^(?:${w.articlesPattern})\\s+`, 'iu'),
  };
  rulesCache.set(language, r);
  return r;
}

/**
 * A capitalized word that is not part of a person's name: a title or institution word of the
 * language ("Minister", "Council") or a stopword ("The", "In" opening a sentence).
 */
const notName = (w: Word, rules: AttributionRules) => !w.content || rules.words.titleWords.has(w.key);

/** A quotation found in one account, before clustering. */
interface RawQuote {
  version: string;
  rank: number;
  start: number;
  segment: number;
  text: string;
  words: Word[];
  verb: string | null;
  /** Subject as written ("he", "the Russian foreign minister", "Lavrov"). */
  subject: string | null;
  /** Found by its words in text without quotation marks. */
  unquoted: boolean;
  /** Opened but never closed before the end of the capture: its last word may be cut off. */
  cut: boolean;
  /** Its account's language (`lang`): the quotation's words are read, stemmed and folded with its rules. */
  lang: string | undefined;
}

/** People named in the story: surname key → full forms used (with the accounts using each). */
interface People {
  /** Folded surname key → set of "First Last" forms with the versions using them. */
  forms: Map<string, Map<string, Set<string>>>;
  /** Title words (lowercased) introducing a person: [title word set, surname key]. */
  titles: Array<[Set<string>, string]>;
  /** Folded surname keys that occur on their own somewhere (people referred to by surname). */
  standalone: Set<string>;
  /** Keys of words some account writes in lower case (common nouns, whatever their case elsewhere). */
  lowercase: Set<string>;
}

/**
 * A person's key: the surname without its possessive, folded with English's spelling fold whatever
 * the account's language, as names are compared (`Language.names`): one person is one key across
 * accounts, and a name's Latin transliterations vary the ways that fold knows (Sergey/Sergei).
 */
const surnameKey = (w: string, rules: AttributionRules) => foldVariants(normalizeKey(w.replace(rules.possessive, '')));

function collectPeople(accounts: readonly StoryAccount[]): People {
  const forms = new Map<string, Map<string, Set<string>>>();
  const titles: Array<[Set<string>, string]> = [];
  const standalone = new Set<string>();
  const titleSeen = new Set<string>();
  const lowercase = new Set<string>();
  for (const acc of accounts) {
    const rules = rulesFor(acc);
    for (const s of acc.segments) {
      if (s.kind !== 'text') continue;
      const ws = words(s.text, 0, acc.lang);
      for (const w of ws) if (/^\p{Ll}/u.test(w.text)) lowercase.add(w.key);
      // Capitalized runs (with "of" allowed inside: "Secretary of State Antony Blinken").
      let i = 0;
      while (i < ws.length) {
        if (!CAPITALIZED.test(ws[i]!.text) && !ACRONYM.test(ws[i]!.text)) {
          i++;
          continue;
        }
        let j = i;
        while (j + 1 < ws.length && adjacent(s.text, ws[j]!, ws[j + 1]!) && (CAPITALIZED.test(ws[j + 1]!.text) || ACRONYM.test(ws[j + 1]!.text) || (rules.words.nameJoiners.has(ws[j + 1]!.key) && j + 2 < ws.length && CAPITALIZED.test(ws[j + 2]!.text)))) j++;
        const run = ws.slice(i, j + 1);
        const last = run[run.length - 1]!;
        const prev = run[run.length - 2];
        if (run.length === 1) {
          const before = ws[i - 1];
          if (before && !CAPITALIZED.test(before.text)) standalone.add(surnameKey(last.text, rules));
          else if (!before) standalone.add(surnameKey(last.text, rules));
        } else if (prev && CAPITALIZED.test(prev.text) && CAPITALIZED.test(last.text) && !notName(prev, rules) && !notName(last, rules)) {
          const key = surnameKey(last.text, rules);
          const form = `${prev.text} ${last.text.replace(rules.possessive, '')}`;
          let m = forms.get(key);
          if (!m) forms.set(key, (m = new Map()));
          let vs = m.get(form);
          if (!vs) m.set(form, (vs = new Set()));
          vs.add(acc.id);
          const title = run.slice(0, -2).filter((w) => w.content).map((w) => w.key);
          const tkey = `${title.join(' ')}\u0000${key}`;
          if (title.length && !titleSeen.has(tkey)) {
            titleSeen.add(tkey);
            titles.push([new Set(title), key]);
          }
        }
        i = j + 1;
      }
    }
  }
  titles.sort((a, b) => cmp([...a[0]].join(' ') + a[1], [...b[0]].join(' ') + b[1]));
  return { forms, titles, standalone, lowercase };
}

/** Two words separated only by spaces (or one space and "of"). */
const adjacent = (text: string, a: Word, b: Word) => /^[ \u00A0]+$/u.test(text.slice(a.end, b.start));

/** Display form of a person: the "First Last" form most accounts use (ties: code-unit order). */
function displayName(people: People, key: string): string | undefined {
  const m = people.forms.get(key);
  if (!m) return undefined;
  return [...m.entries()].sort((a, b) => b[1].size - a[1].size || cmp(a[0], b[0]))[0]![0];
}

/** True for a known person (a two-word name whose surname also stands alone). */
const isPerson = (people: People, key: string) => people.forms.has(key) && people.standalone.has(key);

/** Speaker key and display for a subject phrase, resolved at `offset` in `account`. */
function resolveSpeaker(people: People, account: StoryAccount, subject: string | null, offset: number): { key: string; display: string } | null {
  if (!subject) return null;
  const rules = rulesFor(account);
  const phrase = tidy(subject.replace(rules.subjectOpeners, ''));
  const ws = words(phrase, 0, account.lang);
  if (ws.length === 0) return null;
  if (ws.length === 1 && rules.words.pronouns.has(ws[0]!.key)) return lastPerson(people, account, offset);
  // A named person anywhere in the phrase (the last capitalized word that is a known surname).
  for (let i = ws.length - 1; i >= 0; i--) {
    const k = surnameKey(ws[i]!.text, rules);
    if (CAPITALIZED.test(ws[i]!.text) && people.forms.has(k)) return { key: k, display: displayName(people, k)! };
  }
  // A description matching a title some account gives a person.
  const content = ws.filter((w) => w.content).map((w) => w.key);
  const match = people.titles.find(([title]) => content.length >= 2 && content.every((k) => title.has(k)));
  if (match) return { key: match[1], display: displayName(people, match[1])! };
  // An organisation: the phrase's head (last word) is a proper noun, never a common noun.
  const bare = phrase.replace(rules.articles, '');
  const head = ws[ws.length - 1]!;
  if (!isProperNoun(people, head)) return null;
  return { key: `phrase:${normalizeKey(bare)}`, display: bare };
}

/**
 * A proper noun: capitalized (or an all-capitals name such as "TASS"), not a
 * stopword, and never written in lower case anywhere in the story (a
 * sentence-initial "Officials" is the common noun "officials").
 */
const isProperNoun = (people: People, w: Word) =>
  w.content && (CAPITALIZED.test(w.text) || ACRONYM.test(w.text)) && !people.lowercase.has(w.key);

/** The last person named before `offset` (outside quotations) in the account's article text. */
function lastPerson(people: People, account: StoryAccount, offset: number): { key: string; display: string } | null {
  const spans = accountQuoteSpans(account);
  const rules = rulesFor(account);
  const ws = account.segments.filter((s) => s.kind === 'text' && s.start < offset).flatMap((s) => words(s.text, s.start, account.lang));
  for (let i = ws.length - 1; i >= 0; i--) {
    const w = ws[i]!;
    if (w.start >= offset || spans.some((q) => w.start > q.open && w.end <= q.close)) continue;
    const k = surnameKey(w.text, rules);
    if (CAPITALIZED.test(w.text) && isPerson(people, k)) return { key: k, display: displayName(people, k)! };
  }
  return null;
}

/**
 * Quotations of one account (outermost: a nested quotation is part of its
 * statement) with their attribution. A quotation left open at a paragraph's
 * end whose next paragraph opens with a quotation mark continues there (the
 * press convention for a statement over several paragraphs: no closing mark
 * until its last paragraph); one left open with no such continuation was cut
 * off (`cut`).
 */
function extractQuotes(account: StoryAccount, isSpeaker: SpeakerTest): RawQuote[] {
  const out: RawQuote[] = [];
  const quotes = outermost(accountQuoteSpans(account));
  const paragraphs = paragraphRanges(account);
  /** The quotation opening the paragraph after the one holding `at`, if any. */
  const continuation = (at: number) => {
    const k = paragraphs.findIndex((p) => at >= p.start && at < p.end);
    const next = paragraphs[k + 1];
    if (k < 0 || !next) return undefined;
    const first = next.start + (account.text.slice(next.start, next.end).length - account.text.slice(next.start, next.end).trimStart().length);
    return quotes.find((x) => x.open === first);
  };
  const continued = new Set<(typeof quotes)[number]>();
  for (const q of quotes) {
    if (continued.has(q)) continue;
    const seg = segmentAt(account, q.open);
    if (!seg || seg.kind !== 'text') continue;
    const pieces = [q];
    for (let last = q, next = continuation(q.open); !last.closed && next; last = next, next = continuation(next.open)) {
      pieces.push(next);
      continued.add(next);
    }
    const last = pieces[pieces.length - 1]!;
    const text = pieces.map((x) => tidy(account.text.slice(x.open + 1, x.close))).join(' ');
    const ws = words(text, 0, account.lang);
    if (!ws.some((w) => w.content)) continue;
    // An unclosed quotation's `close` is already one past its last character (the paragraph end).
    const { verb, subject } = attribution(account, last.open, last.closed ? last.close + 1 : last.close, isSpeaker);
    out.push({ version: account.id, rank: account.rank, start: q.open, segment: seg.index, text, words: ws, verb, subject, unquoted: false, cut: !last.closed, lang: account.lang });
  }
  return out;
}

/** True when a subject phrase, read at an offset of an account, names a speaker (see `resolveSpeaker`). */
type SpeakerTest = (account: StoryAccount, subject: string, offset: number) => boolean;

/** An aside between commas at the end of the text before a speech verb. */
const ASIDE = new RegExp(`,[^,]{1,${LIMITS.asideChars}},\\s*$`, 'u');

const isSubject = (phrase: string, rules: AttributionRules) => {
  const ws = words(phrase, 0, rules.lang);
  return ws.length >= 1 && ws.length <= LIMITS.subjectWords && ws.some((w) => w.content || rules.words.pronouns.has(w.key));
};

/**
 * Attribution of the quoted text at [open, close) in an account: first after
 * it ("…,” he said"), up to the end of its sentence and never past the next
 * quotation; else before it, from the sentence start, other quotations
 * blanked out, taking the last speech verb with a short subject before it.
 * A subject counts only when it names a speaker (`isSpeaker`): "… “reset”
 * policy, officials said" has a speech verb but no speaker after the quote,
 * so the speaker is looked for before it; failing both, the first speech verb
 * found is kept with no speaker.
 */
function attribution(account: StoryAccount, open: number, close: number, isSpeaker: SpeakerTest): { verb: string | null; subject: string | null } {
  const spans = accountQuoteSpans(account);
  const seg = segmentAt(account, open)!;
  const endSeg = segmentAt(account, Math.max(open, close - 1)) ?? seg;
  const para = paragraphRanges(account).find((p) => close - 1 >= p.start && close - 1 < p.end)!;
  const nextOpen = spans.find((x) => x.open >= close)?.open ?? Infinity;
  const after = account.text.slice(close, Math.min(endSeg.end, para.end, nextOpen));
  let fallback: string | null = null;
  const rules = rulesFor(account);
  const m = rules.after.exec(after);
  if (m?.groups) {
    const subj = (m.groups.subj ?? m.groups.subj2 ?? '').trim();
    const verb = (m.groups.verb ?? m.groups.verb2)!;
    if (isSubject(subj, rules) && isSpeaker(account, subj, open)) return { verb, subject: subj };
    fallback = verb;
  }
  let before = account.text.slice(seg.start, open);
  for (const other of spans) {
    if (other.close < open && other.open >= seg.start) {
      const a = other.open - seg.start;
      const b = Math.min(before.length, other.close + 1 - seg.start);
      before = before.slice(0, a) + ' '.repeat(b - a) + before.slice(b);
    }
  }
  const verbs = [...before.matchAll(rules.verbIn)];
  for (let v = verbs.length - 1; v >= 0; v--) {
    const hit = verbs[v]!;
    let lead = before.slice(0, hit.index).replace(ASIDE, ' ').replace(rules.leadAdverbs, '');
    lead = lead.split(rules.clause).pop() ?? '';
    if (isSubject(lead, rules) && isSpeaker(account, lead, open)) return { verb: hit[0], subject: lead.trim() };
    fallback ??= hit[0];
  }
  return { verb: fallback, subject: null };
}

/**
 * Stems quotations are matched on: the engine's loose stem of each word (so
 * translations meet: `assessment` ~ `assessing`), or '' for a stopword.
 */
const quoteStems = (ws: readonly Word[], lang: string | undefined) => ws.map((w) => (w.content ? looseStem(w.key, lang) : ''));

/** IDF of each stem over the story's article sentences (the one rarity scorer): rare words carry a match, common ones don't. */
function idfTable(accounts: readonly StoryAccount[]): (stem: string) => number {
  const sentences = accounts.flatMap((a) => a.segments.filter((s) => s.kind === 'text').map((s) => ({ text: s.text, lang: a.lang })));
  const counts = countDocumentFrequencies(sentences, (s) => quoteStems(words(s.text, 0, s.lang), s.lang).filter((st) => st !== ''));
  return (stem) => termIdf(counts, stem);
}

export function buildQuotes(accounts: readonly StoryAccount[], options: QuoteOptions = {}): QuoteCluster[] {
  const opts = { ...QUOTE_DEFAULTS, ...options };
  const people = collectPeople(accounts);
  const idf = idfTable(accounts);
  const byId = new Map(accounts.map((a) => [a.id, a]));
  const isSpeaker: SpeakerTest = (account, subject, offset) => resolveSpeaker(people, account, subject, offset) !== null;
  const raw = accounts.flatMap((a) => extractQuotes(a, isSpeaker));
  const bagOf = (q: RawQuote) => {
    const m = new Map<string, number>();
    for (const st of quoteStems(q.words, q.lang)) if (st) m.set(st, idf(st));
    return m;
  };
  const bags = raw.map(bagOf);
  const weight = (m: Map<string, number>) => [...m.values()].reduce((s, x) => s + x, 0);
  const shared = (a: Map<string, number>, b: Map<string, number>) => [...a.entries()].reduce((s, [k, x]) => s + (b.has(k) ? x : 0), 0);
  const dice = (a: Map<string, number>, b: Map<string, number>) => weightedDice(shared(a, b), weight(a), weight(b));
  const keySeq = (q: RawQuote) => ` ${q.words.map((w) => foldVariants(w.key, q.lang)).join(' ')} `;
  /** A cut quotation's last word is read as a prefix of the fuller form's word. */
  const isFragment = (short: RawQuote, long: RawQuote) => {
    const hay = keySeq(long);
    if (!short.cut) return hay.includes(keySeq(short));
    return short.words.length >= 2 && hay.includes(keySeq(short).trimEnd());
  };

  // Evidence between quotations of different accounts; containment and fragments never bridge (see grouping.ts).
  const positions = new Map<string, number>();
  const items = raw.map((q) => {
    const position = positions.get(q.version) ?? 0;
    positions.set(q.version, position + 1);
    return { owner: q.version, position };
  });
  const links: GroupLink[] = [];
  for (let i = 0; i < raw.length; i++) {
    for (let j = i + 1; j < raw.length; j++) {
      if (raw[i]!.version === raw[j]!.version) continue;
      // The shorter is the one with fewer content words, else the lighter: never the one an account's place in the story order picks.
      const wi = weight(bags[i]!);
      const wj = weight(bags[j]!);
      const [s, l] = bags[i]!.size < bags[j]!.size || (bags[i]!.size === bags[j]!.size && wi <= wj) ? [i, j] : [j, i];
      const ws = s === i ? wi : wj;
      if (ws === 0) continue;
      const d = dice(bags[i]!, bags[j]!);
      const containment = shared(bags[s]!, bags[l]!) / ws;
      if (d >= opts.minDice) links.push({ a: i, b: j, strength: d });
      // Either may be the fragment: a cut quotation's partial last word is a content word of its own, so it can have as many content words as its fuller form, or more.
      else if ((bags[s]!.size >= 2 && (isFragment(raw[s]!, raw[l]!) || isFragment(raw[l]!, raw[s]!))) || (bags[s]!.size >= opts.minContentWords && containment >= opts.minContainment))
        links.push({ a: i, b: j, strength: containment, contained: true });
    }
  }

  // Strong: halfway between the Dice bar and identity, as for passages (see CLUSTER_DEFAULTS.strongRowScore).
  const groups = cohesiveGroups(items, links, { strong: (1 + opts.minDice) / 2, contiguous: false })
    .map((g) => [...g, ...unquotedMembers(g.map((i) => raw[i]!), accounts, opts.minUnquotedWords, isSpeaker)])
    .filter((g) => new Set(g.map((q) => (typeof q === 'number' ? raw[q]! : q).version)).size >= 2 || g.some((q) => typeof q === 'number' && raw[q]!.subject));

  const clusters = groups.map((g) =>
    g.map((q) => (typeof q === 'number' ? raw[q]! : q)).sort((a, b) => a.rank - b.rank || a.start - b.start),
  );
  clusters.sort((a, b) => {
    const va = new Set(a.map((q) => q.version)).size;
    const vb = new Set(b.map((q) => q.version)).size;
    return vb - va || a[0]!.rank - b[0]!.rank || a[0]!.start - b[0]!.start;
  });

  return clusters.map((g, n) => {
    const speakers = g.map((q) => resolveSpeaker(people, byId.get(q.version)!, q.subject, q.start));
    // Majority speaker: the key most members name (ties: code-unit order of keys).
    const counts = new Map<string, { n: number; display: string }>();
    for (const sp of speakers) {
      if (!sp) continue;
      const c = counts.get(sp.key) ?? { n: 0, display: sp.display };
      c.n++;
      counts.set(sp.key, c);
    }
    const majority = [...counts.entries()].sort((a, b) => b[1].n - a[1].n || cmp(a[0], b[0]))[0];

    // Wordings: members with the same words (spelling variants folded). The reference wording is the
    // fullest: never a fragment of another wording of the group (the module's fragment test), for against
    // a fragment the fuller statement, which only says more, would read as rewritten; then one some member
    // gives whole (a quotation cut off by the end of its capture lacks the words after the cut); then,
    // among rewordings of one statement, the one most accounts carry; ties go to the one closest to all
    // others, then to the earliest.
    const wordingKey = g.map(keySeq);
    const wordings = [...new Set(wordingKey)];
    const gBags = g.map(bagOf);
    const score = (w: string) => {
      const idx = g.findIndex((_, i) => wordingKey[i] === w);
      const part = g.some((q, i) => wordingKey[i] === w && wordings.some((o) => o !== w && isFragment(q, g[wordingKey.indexOf(o)]!)));
      const whole = g.some((q, i) => wordingKey[i] === w && !q.cut);
      const versions = new Set(g.filter((_, i) => wordingKey[i] === w).map((q) => q.version)).size;
      const closeness = wordings.filter((o) => o !== w).reduce((s, o) => s + dice(gBags[idx]!, gBags[wordingKey.indexOf(o)]!), 0);
      return { idx, part, whole, versions, closeness };
    };
    const refWording = wordings
      .map((w) => ({ w, ...score(w) }))
      .sort((a, b) => Number(a.part) - Number(b.part) || Number(b.whole) - Number(a.whole) || b.versions - a.versions || b.closeness - a.closeness || a.idx - b.idx)[0]!;
    const ref = g[refWording.idx]!;

    const members: QuoteMember[] = g.map((q, i) => {
      const marks: QuoteMark[] = [];
      const isRef = wordingKey[i] === refWording.w;
      const diff: WordDiff = isRef ? { diff: [], words: [], keys: [] } : alignedDiff(ref, q);
      // Graded in the reference's language, as a cluster member is (`clusters.ts`): the diff is the reference's words rewritten.
      const grades = gradeDiff(diff, ref.lang);
      const own = q.words.length;
      // A quotation cut off by the end of its capture is truncated whatever it is compared with (the
      // reference too, when every member is cut).
      if (q.cut || (!isRef && own <= opts.truncatedShare * ref.words.length && ref.words.length - own >= LIMITS.truncatedMissingWords)) marks.push('truncated');
      if (!isRef) {
        const changed = diff.diff.reduce((s, [op], k) => s + (op === 1 && grades[k] === 'substantive' ? diff.words[k]! : 0), 0);
        if (own > 0 && changed / own >= opts.paraphraseShare) marks.push('paraphrased');
      }
      const sp = speakers[i];
      if (majority && sp && sp.key !== majority[0]) marks.push('re-attributed');
      if (q.unquoted) marks.push('unquoted');
      return {
        version: q.version,
        text: q.text,
        verb: q.verb,
        speaker: sp?.display ?? null,
        start: q.start,
        segment: q.segment,
        marks,
        reference: isRef,
        diff: diff.diff,
        grades,
        counterpart: isRef ? null : ref.version,
      };
    });
    const versions = [...new Set(members.map((m) => m.version))];
    return { id: `q${n + 1}`, speaker: majority ? majority[1].display : null, members, versions };
  });
}

/**
 * Diff from the reference wording to a member, restricted to the stretch of
 * the reference the member corresponds to: for a member much shorter than the
 * reference, the window of the reference (member length plus a quarter) that
 * shares the most content words with it (earliest on ties); then the
 * reference's words beyond the member's first and last shared words are
 * trimmed, so a truncated quote shows its own differences, not the rest of
 * the longer quote.
 */
function alignedDiff(ref: RawQuote, q: RawQuote): WordDiff {
  let refText = ref.text;
  if (q.words.length < ref.words.length) {
    const stems = new Set(quoteStems(q.words, q.lang).filter(Boolean));
    const refStems = quoteStems(ref.words, ref.lang);
    const len = Math.min(ref.words.length, q.words.length + Math.max(LIMITS.windowSlackWords, Math.ceil(q.words.length / 4)));
    let best = 0;
    let bestScore = -1;
    for (let start = 0; start + len <= ref.words.length; start++) {
      const seen = new Set<string>();
      for (const st of refStems.slice(start, start + len)) if (st && stems.has(st)) seen.add(st);
      if (seen.size > bestScore) {
        best = start;
        bestScore = seen.size;
      }
    }
    refText = ref.text.slice(ref.words[best]!.start, ref.words[best + len - 1]!.end);
  }
  const d = diffStrings(refText, q.text, { cleanup: false });
  // Trim leading and trailing deletions; where one pairs with an insertion (a substitution at the
  // edge), keep as many of its words as the insertion has, nearest the text both share.
  // diff-match-patch puts a deletion before its insertion, so a trailing substitution ends with the insertion.
  trimDeletion(d, 0, 1, true);
  const last = d.diff.length - 1;
  if (d.diff[last]?.[0] === 1) trimDeletion(d, last - 1, last, false);
  else trimDeletion(d, last, last - 1, false);
  return d;
}

/** Trims the deletion at op `i` (the `leading` or trailing edge of `d`) to as many words as an insertion at op `pair` has. */
function trimDeletion(d: WordDiff, i: number, pair: number, leading: boolean): void {
  if (d.diff[i]?.[0] !== -1) return;
  const keep = d.diff[pair]?.[0] === 1 ? Math.min(d.words[i]!, d.words[pair]!) : 0;
  if (keep === 0) {
    d.diff.splice(i, 1);
    d.words.splice(i, 1);
    d.keys.splice(i, 1);
    return;
  }
  const text = d.diff[i]![1];
  const ws = words(text);
  // At the leading edge the deletion keeps its last words (next to the shared text after it); at the trailing edge, its first.
  d.diff[i] = [-1, leading ? text.slice(ws[ws.length - keep]!.start) : text.slice(0, ws[keep - 1]!.end)];
  d.keys[i] = leading ? d.keys[i]!.slice(-keep) : d.keys[i]!.slice(0, keep);
  d.words[i] = keep;
}

/**
 * Whether a quotation of the account opens between two offsets. Between two neighbouring words left
 * outside every quotation, a quotation can only lie whole, so its opening mark is in the gap.
 */
const crossesQuotation = (spans: readonly Quotation[], from: number, to: number) => spans.some((q) => q.open >= from && q.open < to);

/**
 * Accounts that carry a quotation's words without quotation marks: the
 * longest run of the quotation's words (spelling variants folded) in the
 * account's article text outside its own quotations, when it covers at least
 * `minWords` words and half the quotation.
 */
function unquotedMembers(quotes: readonly RawQuote[], accounts: readonly StoryAccount[], minWords: number, isSpeaker: SpeakerTest): RawQuote[] {
  const have = new Set(quotes.map((q) => q.version));
  const out: RawQuote[] = [];
  for (const acc of accounts) {
    if (have.has(acc.id)) continue;
    const spans = accountQuoteSpans(acc);
    const ws = acc.segments
      .filter((s) => s.kind === 'text')
      .flatMap((s) => words(s.text, s.start, acc.lang))
      .filter((w) => !spans.some((q) => w.start > q.open && w.end <= q.close));
    const keys = ws.map((w) => foldVariants(w.key, acc.lang));
    let best: { start: number; len: number } | undefined;
    for (const q of quotes) {
      if (q.unquoted || q.words.length < minWords) continue;
      const qk = q.words.map((w) => foldVariants(w.key, q.lang));
      // Longest common run of words (dynamic programming over the two word lists).
      let prev = new Array<number>(qk.length + 1).fill(0);
      for (let i = 1; i <= keys.length; i++) {
        const cur = new Array<number>(qk.length + 1).fill(0);
        for (let j = 1; j <= qk.length; j++) {
          if (keys[i - 1] !== qk[j - 1]) continue;
          // A run must not jump over a quotation of the account (its words are left out of `ws`, so the
          // words either side of it are neighbours here): marks as the engine's one quotation finder reads them.
          cur[j] = ws[i - 2] && prev[j - 1]! > 0 && !crossesQuotation(spans, ws[i - 2]!.end, ws[i - 1]!.start) ? prev[j - 1]! + 1 : 1;
          const len = cur[j]!;
          if (len >= minWords && len * 2 >= qk.length && (!best || len > best.len)) best = { start: i - len, len };
        }
        prev = cur;
      }
    }
    if (!best) continue;
    const first = ws[best.start]!;
    const last = ws[best.start + best.len - 1]!;
    const seg = segmentAt(acc, first.start)!;
    const { verb, subject } = attribution(acc, first.start, last.end, isSpeaker);
    out.push({
      version: acc.id,
      rank: acc.rank,
      start: first.start,
      segment: seg.index,
      text: tidy(acc.text.slice(first.start, last.end)),
      words: words(tidy(acc.text.slice(first.start, last.end)), 0, acc.lang),
      verb,
      subject,
      unquoted: true,
      cut: false,
      lang: acc.lang,
    });
  }
  return out;
}
