import type { AccountInput, Segment, SegmentedAccount, Token } from './types.ts';
import { tokenize } from './tokenize.ts';
import { normalizeKey } from './normalize.ts';
import { DEFAULT_LANG, languageFor, type Language } from './lang/index.ts';
import { sentenceBreaks } from './sentences.ts';
import { classifySegments, leadingStamp } from './classify.ts';

/** Options of {@link segmentAccount}. */
export interface SegmentOptions {
  /**
   * Language of accounts that do not name theirs (`AccountInput.lang`), an
   * ISO 639-1 code. Default `'en'`.
   */
  lang?: string;
  /** Locale for Intl.Segmenter. Default: the account's language. */
  locale?: string;
  /** Label boilerplate and interpolation (default `true`); `false` leaves every segment `text`. */
  classify?: boolean;
}

export const PARAGRAPH_SEPARATOR = '\n\n';

/**
 * Splits an account into segments (sentences, or boilerplate lines) with
 * tokens and character offsets, and labels boilerplate/interpolation.
 * Lossless: the segments' texts join to `paragraphs.join('\n\n')`.
 */
export function segmentAccount(account: AccountInput, options: SegmentOptions = {}): SegmentedAccount {
  const lang = accountLang(account, options);
  const language = languageFor(lang);
  const segmenter = new Intl.Segmenter(options.locale ?? language.code, { granularity: 'sentence' });
  const text = account.paragraphs.join(PARAGRAPH_SEPARATOR);
  const cuts = cutPositions(text, account.paragraphs, segmenter, language);
  const paragraphStarts = paragraphOffsets(account.paragraphs);
  const normalizer = new TokenNormalizer(language);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    const segText = text.slice(start, end);
    const firstInk = start + Math.max(0, segText.search(/\S/u));
    segments.push({
      index: i,
      text: segText,
      start,
      end,
      paragraph: paragraphAt(paragraphStarts, firstInk),
      kind: 'text',
      tokens: normalizer.tokens(segText, start),
    });
  }
  if (options.classify !== false) classifySegments(segments, language);
  return { id: account.id, text, lang, segments };
}

/** The language an account is read with: its own `lang`, else the option's, else English. */
export function accountLang(account: AccountInput, options: SegmentOptions = {}): string {
  return account.lang ?? options.lang ?? DEFAULT_LANG;
}

/** Start offset of each paragraph in the canonical text. */
function paragraphOffsets(paragraphs: readonly string[]): number[] {
  const out: number[] = [];
  let at = 0;
  for (const p of paragraphs) {
    out.push(at);
    at += p.length + PARAGRAPH_SEPARATOR.length;
  }
  return out;
}

function paragraphAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Segment boundaries in the canonical text: 0, every sentence break, the start
 * of every non-blank paragraph, and the text's length. Blank paragraphs get no
 * boundary, so their whitespace (and separators) stay with the segment before
 * them, or with the first segment when they open the text; whitespace-only
 * pieces are merged the same way, so every segment but a blank-only text has ink.
 */
function cutPositions(text: string, paragraphs: readonly string[], segmenter: Intl.Segmenter, language: Language): number[] {
  const total = text.length;
  if (total === 0) return [0];
  const cuts: number[] = [];
  let base = 0;
  let seenInk = false;
  paragraphs.forEach((p, pi) => {
    if (/\S/u.test(p)) {
      if (seenInk) cuts.push(base);
      seenInk = true;
      const stamp = pi === 0 ? leadingStamp(language).exec(p) : null;
      const forced = stamp ? [stamp[0].length] : [];
      for (const b of sentenceBreaks(p, segmenter, language, forced)) cuts.push(base + b);
    }
    base += p.length + PARAGRAPH_SEPARATOR.length;
  });
  const candidates = [0, ...cuts.filter((c) => c > 0 && c < total), total];
  // Drop a cut when the piece before it (since the last kept cut) or after it
  // is whitespace only: the whitespace joins its neighbour.
  const kept = [0];
  for (let i = 1; i + 1 < candidates.length; i++) {
    const c = candidates[i]!;
    if (hasInk(text, kept[kept.length - 1]!, c) && hasInk(text, c, candidates[i + 1]!)) kept.push(c);
  }
  kept.push(total);
  return kept;
}

function hasInk(text: string, from: number, to: number): boolean {
  return /\S/u.test(text.slice(from, to));
}

interface Normalized {
  key: string;
  stem: string;
  content: boolean;
}

/**
 * Tokens of any string, with the keys, stems and content flags segment tokens
 * get; offsets are positions in `text` plus `offset`. For code outside the
 * comparison that must read words exactly as the engine does.
 */
export function textTokens(text: string, offset = 0, lang?: string): Token[] {
  const language = languageFor(lang);
  // Speed: the story findings read the same sentences and slot texts again
  // and again (a slot side is tokenized by the word-choice, fact and variant
  // tests alike), so the tokens of a text are kept at offset 0 and handed out
  // as fresh objects shifted to `offset`: callers own what they get.
  let memo = textMemos.get(language);
  if (!memo) textMemos.set(language, (memo = new Map()));
  let tokens = memo.get(text);
  if (!tokens) {
    if (textMemoChars >= TEXT_MEMO_LIMIT_CHARS) {
      for (const m of textMemos.values()) m.clear();
      textMemoChars = 0;
    }
    tokens = new TokenNormalizer(language).tokens(text, 0);
    memo.set(text, tokens);
    textMemoChars += text.length;
  }
  const out = new Array<Token>(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    out[i] = { text: t.text, start: t.start + offset, end: t.end + offset, type: t.type, key: t.key, stem: t.stem, content: t.content };
  }
  return out;
}

/**
 * Empties the memos of normalized forms and of {@link textTokens}. They only
 * hold pure results, so this never changes an output: it is for benchmarks
 * that measure one story's cost from cold (`scripts/bench/story.ts`).
 */
export function clearTokenMemos(): void {
  for (const m of textMemos.values()) m.clear();
  textMemoChars = 0;
  sharedMemos.clear();
  sharedMemoSize = 0;
}

/** Tokens of texts seen by {@link textTokens}, per language, at offset 0. */
const textMemos = new Map<Language, Map<string, Token[]>>();
/**
 * Emptied once it holds this many characters of text (a few stories' worth,
 * some tens of MB of tokens), so memory stays bounded however many stories one
 * process analyses; what it holds never changes a result.
 */
const TEXT_MEMO_LIMIT_CHARS = 2_000_000;
let textMemoChars = 0;

/**
 * Normalizations of surface forms, per language and token type, shared by
 * every normalizer. Speed: the key, stopword test, stem and spelling fold of
 * a surface form depend only on the form, its type and the language, yet a
 * memo per normalizer started empty for every `textTokens` call, and the
 * story findings call it on the same sentences over and over (two thirds of a
 * story's tokenizing time was re-normalizing forms seen before). Emptied when
 * it holds {@link SHARED_MEMO_LIMIT} forms, so memory stays bounded however
 * many stories one process analyses; what it holds never changes a result.
 */
const sharedMemos = new Map<Language, Map<Token['type'], Map<string, Normalized>>>();
/** About 20–40 MB of forms: more than one language's vocabulary in a large archive. */
const SHARED_MEMO_LIMIT = 200_000;
let sharedMemoSize = 0;

function sharedMemo(language: Language, type: Token['type']): Map<string, Normalized> {
  if (sharedMemoSize >= SHARED_MEMO_LIMIT) {
    sharedMemos.clear();
    sharedMemoSize = 0;
  }
  let byType = sharedMemos.get(language);
  if (!byType) sharedMemos.set(language, (byType = new Map()));
  let memo = byType.get(type);
  if (!memo) byType.set(type, (memo = new Map()));
  return memo;
}

/** Tokenizes segment texts, memoizing the normalization of each surface form. */
class TokenNormalizer {
  private readonly language: Language;

  constructor(language: Language) {
    this.language = language;
  }

  tokens(text: string, offset: number): Token[] {
    const out: Token[] = [];
    for (const raw of tokenize(text)) {
      const start = offset + raw.start;
      const n = this.normalize(raw.text, raw.type);
      // One object shape for every token (same fields, same order), so the
      // hot loops that read tokens stay monomorphic.
      out.push({ text: raw.text, start, end: start + raw.text.length, type: raw.type, key: n.key, stem: n.stem, content: n.content });
    }
    return out;
  }

  private normalize(surface: string, type: Token['type']): Normalized {
    if (type === 'space') return SPACE;
    const memo = sharedMemo(this.language, type);
    let n = memo.get(surface);
    if (!n) {
      const key = normalizeKey(surface);
      const content = type !== 'mark' && !this.language.stopwords.has(key);
      n = { key, stem: content ? this.language.foldVariants(this.language.stem(key)) : '', content };
      memo.set(surface, n);
      sharedMemoSize++;
    }
    return n;
  }
}

const SPACE: Normalized = { key: ' ', stem: '', content: false };
