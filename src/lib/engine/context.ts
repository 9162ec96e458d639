import type { AccountInput, SegmentedAccount, StoryContext } from './types.ts';
import { accountLang, segmentAccount, type SegmentOptions } from './segment.ts';
import { compareCodeUnits } from './sorted.ts';
import { storyMatching } from './features.ts';
import { countDocumentFrequencies } from './rarity.ts';

export { idf } from './features.ts';

/**
 * Builds the story context: how many `text` segments of the story's accounts
 * contain each stem (document frequency, the IDF basis). Counting is
 * commutative, so the result does not depend on the accounts' order; `texts`
 * is sorted for the same reason.
 *
 * Segments, not whole accounts, are the IDF "documents": with 2–10 accounts a
 * per-account IDF has only a handful of distinct values, while per-sentence
 * frequencies tell a name mentioned in every paragraph from a word used once.
 */
export function buildStoryContext(accounts: readonly AccountInput[], options: SegmentOptions = {}): StoryContext {
  const list = accounts.map((a) => segmentAccount(a, options));
  const segmented = new Map(accounts.map((a, i) => [segmentationKey(a, options), list[i]!] as const));
  return { ...contextFromSegmented(list), segmented };
}

/** Identity of a segmentation: the account (id and paragraphs) and the segment options. */
export function segmentationKey(account: AccountInput, options: SegmentOptions = {}): string {
  return JSON.stringify([account.id, account.paragraphs, accountLang(account, options), options.locale ?? null, options.classify ?? true]);
}

/** The account segmented: from the context when it holds it, else freshly. */
export function segmentWithContext(account: AccountInput, context: StoryContext, options: SegmentOptions = {}): SegmentedAccount {
  return context.segmented?.get(segmentationKey(account, options)) ?? segmentAccount(account, options);
}

/** Same as {@link buildStoryContext}, from already segmented accounts. */
function contextFromSegmented(accounts: readonly SegmentedAccount[]): StoryContext {
  const sentences = accounts.flatMap((a) => a.segments.filter((s) => s.kind === 'text'));
  const counts = countDocumentFrequencies(sentences, (s) => s.tokens.filter((t) => t.content).map((t) => t.stem));
  const texts = accounts.map((a) => a.text).sort(compareCodeUnits);
  const context: StoryContext = { segmentCount: counts.documents, documentFrequency: counts.frequency, texts };
  return { ...context, matching: storyMatching(context, accounts) };
}
