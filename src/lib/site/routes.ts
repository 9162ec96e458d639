/** Every URL the site links to is built here, so links and pages cannot drift apart. */
import { compareCardFile, compareJsonFile, storyCardFile, storyJsonFile, synopsisJsonFile, timelineJsonFile } from './export-files.ts';

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** The home page: the story list, page 1 at the root, later pages at `/page/<n>/`. */
export const homeUrl = (page = 1) => (page === 1 ? base : `${base}page/${page}/`);
export const aboutUrl = () => `${base}about/`;
export const storyUrl = (story: string) => `${base}stories/${story}/`;
export const accountUrl = (story: string, version: string) => `${base}stories/${story}/${version}/`;
export const compareUrl = (story: string, a: string, b: string) => `${base}stories/${story}/compare/${a}/${b}/`;
/** The JSON exports: paths in the output folder from export-files.ts (story-exports.ts writes most of them). */
export const compareJsonUrl = (story: string, a: string, b: string) => `${base}${compareJsonFile(story, a, b)}`;
export const storyJsonUrl = (story: string) => `${base}${storyJsonFile(story)}`;
export const assetUrl = (file: string) => `${base}${file.replace(/^\//, '')}`;
/** A row of a comparison: the page URL with the row's stable anchor (`#r12`). */
export const rowUrl = (story: string, a: string, b: string, rowId: string) => `${compareUrl(story, a, b)}#${rowId}`;
/** The synoptic view: rows in the order of `version`'s text (the bare URL: the earliest account's). */
export const synopsisUrl = (story: string, version?: string) => `${base}stories/${story}/synopsis/${version ? `${version}/` : ''}`;
export const synopsisJsonUrl = (story: string) => `${base}${synopsisJsonFile(story)}`;
export const timelineUrl = (story: string) => `${base}stories/${story}/timeline/`;
export const timelineJsonUrl = (story: string) => `${base}${timelineJsonFile(story)}`;
/**
 * From a comparison page, a row of the swapped comparison (B/A), as a relative link: it is written
 * once per row, and `../../b/a/` is a quarter the length of the full path.
 */
export const swappedRowHref = (a: string, b: string, rowId: string) => `../../${b}/${a}/#${rowId}`;
/** The share card (Open Graph image) of a comparison and of a story. */
export const compareCardUrl = (story: string, a: string, b: string) => `${base}${compareCardFile(story, a, b)}`;
export const storyCardUrl = (story: string) => `${base}${storyCardFile(story)}`;
export const searchUrl = () => `${base}search/`;
/** Outlet profiles: the index, one page per outlet, and its JSON. */
export const outletsUrl = () => `${base}outlets/`;
export const outletUrl = (outlet: string) => `${base}outlets/${outlet}/`;
export const outletJsonUrl = (outlet: string) => `${base}api/outlets/${outlet}.json`;
export const rssUrl = () => `${base}rss.xml`;
