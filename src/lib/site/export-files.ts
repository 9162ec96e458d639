/**
 * The files of a story a build writes without an Astro route of their own (story-exports.ts): its
 * comparison JSON, synopsis and timeline JSON, and its share cards, as paths in the output folder
 * (relative, `/` separators), and which file owns them. The story JSON file is their owner: its
 * route writes them when it renders, and while it is kept unchanged by the incremental build they
 * are kept with it (src/integrations/incremental-out-dir.ts).
 *
 * Plain code with no Vite or Astro import: astro.config.mjs hands `exportOwner` to the out-dir
 * integration, and routes.ts builds the same files' URLs from these paths.
 */

/** The story JSON (`/api/stories/<story>.json`), a route's own output, and owner of the files below. */
export const storyJsonFile = (story: string) => `api/stories/${story}.json`;
export const compareJsonFile = (story: string, a: string, b: string) => `api/stories/${story}/compare/${a}/${b}.json`;
export const synopsisJsonFile = (story: string) => `api/stories/${story}/synopsis.json`;
export const timelineJsonFile = (story: string) => `api/stories/${story}/timeline.json`;
export const storyCardFile = (story: string) => `cards/${story}.png`;
export const compareCardFile = (story: string, a: string, b: string) => `cards/${story}/${a}/${b}.png`;

/**
 * The folders holding nothing but a story's exports (every file under them is one of the above),
 * so the owner's route can remove what it no longer writes: a removed account's comparisons and cards.
 */
export const storyExportFolders = (story: string) => [`api/stories/${story}`, `cards/${story}`];

/**
 * Ids are slugs (content.config.ts: lowercase letters, digits, hyphens), so one path segment; the
 * patterns match exactly the shapes above and nothing a route writes (the story JSON itself sits
 * beside its folder, not in it).
 */
const OWNED = [/^api\/stories\/([^/]+)\/(?:compare\/[^/]+\/[^/]+|synopsis|timeline)\.json$/, /^cards\/([^/]+)(?:\/[^/]+\/[^/]+)?\.png$/];

/** For a file of the output folder written by story-exports.ts: its owner's path; otherwise undefined. */
export function exportOwner(file: string): string | undefined {
  for (const pattern of OWNED) {
    const story = pattern.exec(file)?.[1];
    if (story !== undefined) return storyJsonFile(story);
  }
  return undefined;
}

/** Whether `file` is a story JSON file, the owner of that story's exports. */
export const ownsExports = (file: string) => /^api\/stories\/[^/]+\.json$/.test(file);
