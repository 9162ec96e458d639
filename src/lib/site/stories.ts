/**
 * The only place that queries content collections: stories with their accounts and outlets,
 * sorted so every build lists them in the same order.
 */
import { getCollection } from 'astro:content';
import type { Outlet, StoryData, VersionData } from '../content/schema.ts';
import { readText } from '../content/texts.ts';
import { accountNames, type AccountRef } from './overview.ts';
import { compareCodeUnits as compare } from '../engine/sorted.ts';

export interface Account {
  /** The version id, unique within its story (used in URLs and the JSON API). */
  id: string;
  story: string;
  data: VersionData;
  outlet: Outlet;
  /**
   * The captured text, one string per paragraph: read from the text store on first use (a page of
   * the story renders, or its analysis runs), so a build after one change reads the texts of the
   * stories it renders, not the archive's. Not an enumerable field: a spread copy or the JSON of an
   * account leaves it out (the page keys hash `text`, the text's hash, instead: page-keys.ts).
   */
  readonly paragraphs: string[];
  /** SHA-256 naming the text in the text store (src/lib/content/texts.ts): keys hash it instead of the text. */
  text: string;
  words: number;
  /** The length of the text (`textLength`), stored by the content loader: the parts of a long account need it before the text is read. */
  chars: number;
}

/** An account as the pages read it, its text read from the text store when first asked for (see `Account.paragraphs`). */
function account(fields: Omit<Account, 'paragraphs'>): Account {
  let paragraphs: string[] | undefined;
  return Object.defineProperty(fields, 'paragraphs', { get: () => (paragraphs ??= readText(fields.text)), enumerable: false }) as Account;
}

export interface Story {
  id: string;
  data: StoryData;
  summary: string[];
  /** Accounts, earliest published first, then by id. */
  accounts: Account[];
}



let loaded: Promise<Story[]> | undefined;

async function load(): Promise<Story[]> {
  const [outlets, stories, versions] = await Promise.all([getCollection('outlets'), getCollection('stories'), getCollection('versions')]);
  const outletById = new Map(outlets.map((o) => [o.id, o.data]));
  // Grouped in one pass: filtering all accounts once per story was quadratic in the archive
  // (500 million tests for 10,000 stories of 5 accounts).
  const versionsByStory = new Map<string, (typeof versions)[number][]>();
  for (const v of versions) {
    const list = versionsByStory.get(v.data.story);
    if (list) list.push(v);
    else versionsByStory.set(v.data.story, [v]);
  }
  return stories
    .map((story) => ({
      id: story.id,
      data: story.data.data,
      summary: story.data.summary,
      accounts: (versionsByStory.get(story.id) ?? [])
        .map((v) =>
          account({
            id: v.data.version,
            story: story.id,
            data: v.data.data,
            outlet: outletById.get(v.data.data.outlet)!,
            // The text is kept out of the content store, which every build loads as one module (texts.ts).
            text: v.data.text,
            // The engine's word count, counted by the content loader when the body changed.
            words: v.data.words,
            chars: v.data.chars,
          }),
        )
        .sort((a, b) => compare(a.data.published, b.data.published) || compare(a.id, b.id)),
    }))
    .sort((a, b) => compare(b.data.date, a.data.date) || compare(a.id, b.id));
}

/** All stories, newest event first. Computed once per build. */
export function getStories(): Promise<Story[]> {
  loaded ??= load();
  return loaded;
}

/** Reader-facing names of a story's accounts (see `accountNames`). */
export const storyNames = (story: Story) =>
  accountNames(story.accounts.map((a) => ({ id: a.id, outletName: a.outlet.name, published: a.data.published })));

/** The story's accounts as the overviews need them: id and reader-facing name. */
export const accountRefs = (story: Story, names: ReadonlyMap<string, string> = storyNames(story)): AccountRef[] =>
  story.accounts.map((a) => ({ id: a.id, name: names.get(a.id)! }));
