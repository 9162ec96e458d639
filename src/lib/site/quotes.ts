/**
 * The story page's quotes section as data: quotation clusters two or more accounts carry, each
 * member with its account, wording diff, attribution and marks worded for readers; and the
 * quotations only one account carries. `Quotes.astro` renders it as it is.
 */
import type { DiffGrade, DiffTuple } from '../engine/types.ts';
import type { QuoteCluster, QuoteMark, StoryFindings } from '../engine/story/types.ts';
import { clipWords } from '../engine/story/text.ts';
import { accountUrl } from './routes.ts';
import { accountNamer } from './format.ts';

/** A mark's short label and what it means, in the reader's words. */
const QUOTE_MARKS: Record<QuoteMark, { label: string; help: string }> = {
  truncated: { label: 'truncated', help: 'quotes only part of the reference wording' },
  paraphrased: { label: 'paraphrased', help: 'a quarter or more of its words differ from the reference wording' },
  're-attributed': { label: 're-attributed', help: 'names another speaker than most accounts' },
  unquoted: { label: 'no quotation marks', help: 'the words stand in the text without quotation marks' },
};

/** Words of the reference wording shown in a cluster's caption. */
const CAPTION_WORDS = 10;

export interface QuoteMemberView {
  account: string;
  href: string;
  /** The wording against the cluster's reference (empty diff: shown as `text`). */
  diff: DiffTuple[];
  grades: DiffGrade[];
  text: string;
  /**
   * Tagged "reference wording": the reference, when other wordings differ. The reference is the fullest
   * wording (never a part of another), else the one most accounts carry, so it is not always the most common.
   */
  referenceTag: boolean;
  /** Speaker and verb: "Ingrid Holm, said"; "—" for no speaker. */
  attribution: string;
  marks: { label: string; help: string }[];
}

export interface SharedQuoteView {
  id: string;
  speaker: string;
  /** The reference wording's first words. */
  opening: string;
  accounts: number;
  members: QuoteMemberView[];
}

export interface SingleQuoteView {
  account: string;
  /** The speaker, or "unattributed". */
  speaker: string;
  /** The verb in brackets after the speaker (" (said)"), or "". */
  verb: string;
  text: string;
}

export interface QuotesView {
  /** No quotation found at all. */
  empty: boolean;
  shared: SharedQuoteView[];
  single: SingleQuoteView[];
}

const isShared = (q: QuoteCluster) => q.versions.length >= 2;

/** The quotes section of a story page. */
export function quotesView(story: string, findings: Pick<StoryFindings, 'quotes'>, names: ReadonlyMap<string, string>): QuotesView {
  const name = accountNamer(names);
  const shared = findings.quotes.filter(isShared).map((q): SharedQuoteView => {
    const varied = q.members.some((x) => !x.reference);
    return {
      id: q.id,
      speaker: q.speaker ?? 'Unattributed',
      opening: clipWords(q.members.find((m) => m.reference)?.text ?? q.members[0]!.text, CAPTION_WORDS),
      accounts: q.versions.length,
      members: q.members.map((m) => ({
        account: name(m.version),
        href: accountUrl(story, m.version),
        diff: m.diff,
        grades: m.grades,
        text: m.text,
        referenceTag: m.reference && varied,
        attribution: `${m.speaker ?? '—'}${m.verb ? `, ${m.verb}` : ''}`,
        marks: m.marks.map((k) => QUOTE_MARKS[k]),
      })),
    };
  });
  const single = findings.quotes
    .filter((q) => !isShared(q))
    .flatMap((q) => q.members.map((m) => ({ account: name(m.version), speaker: m.speaker ?? 'unattributed', verb: m.verb ? ` (${m.verb})` : '', text: m.text })));
  return { empty: findings.quotes.length === 0, shared, single };
}
