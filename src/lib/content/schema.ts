/**
 * The content model, validated when the site builds and when `npm run ingest` writes an entry.
 * Every message says what was expected, so an editor can fix the file without reading code.
 */
import { z } from 'astro/zod';

/** Ids appear in URLs and in the JSON API: lowercase words joined by hyphens. */
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/**
 * Ids become file and folder names (`<id>.md`, `<b>.json`, `<id>/index.html`) and URL segments: a
 * comparison URL holds three of them. File systems cap a name at 255 bytes and some tools a path at
 * 260 characters; 64 leaves room for the suffixes and keeps the longest comparison path short.
 */
const MAX_ID_LENGTH = 64;
/** The id rule in words, for every message that asks for an id. */
const ID_RULE = `lowercase letters, digits and single hyphens, at most ${MAX_ID_LENGTH} characters`;
export const idSchema = (what: string) =>
  z
    .string({ error: `expected ${what} (${ID_RULE})` })
    .regex(ID_PATTERN, { error: `expected ${what} made of ${ID_RULE}, like "press-tv"`, abort: true })
    .max(MAX_ID_LENGTH, { error: `expected ${what} of at most ${MAX_ID_LENGTH} characters (ids become file names and URLs)` });
const id = idSchema;

/**
 * The earliest plausible date of a news event or publication: the first printed newspapers appeared
 * in the early 1600s (Strasbourg's "Relation", 1605). Earlier years (0000, a typo'd 0201) are mistakes.
 */
const EARLIEST_YEAR = 1600;
/**
 * Nothing can have been published or retrieved after today. One day of slack, because "today" in
 * the time zone east of UTC where the capture was made is tomorrow in UTC.
 */
const latestDate = (now = new Date()) => new Date(now.getTime() + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

/** A calendar date written YYYY-MM-DD; kept as a string so builds never depend on a time zone. */
export const isoDate = z
  .string({ error: 'expected a date written YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date written YYYY-MM-DD', abort: true })
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, {
    error: 'expected a real calendar date written YYYY-MM-DD',
    abort: true,
  })
  .refine((value) => Number(value.slice(0, 4)) >= EARLIEST_YEAR, { error: `expected a date in or after ${EARLIEST_YEAR} (the first newspapers), not an impossible year`, abort: true })
  .refine((value) => value <= latestDate(), { error: 'expected a date no later than today, not one in the future' });

/**
 * When an account was published: a date, or a time in UTC where the page states one
 * (`2021-05-19T18:40:00Z`). UTC only, so the date part is the day and times sort as written.
 */
const PUBLISHED = /^(\d{4}-\d{2}-\d{2})(?:T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?Z)?$/;
const publishedDate = z
  .string({ error: 'expected a date written YYYY-MM-DD, or a UTC time written YYYY-MM-DDTHH:MM:SSZ' })
  .regex(PUBLISHED, { error: 'expected a date written YYYY-MM-DD, or a UTC time written YYYY-MM-DDTHH:MM:SSZ (like 2021-05-19T18:40:00Z)', abort: true })
  // The date part follows the same rules as every other date (real, not before the first newspapers, not in the future).
  .superRefine((value, ctx) => {
    const day = isoDate.safeParse(value.slice(0, 10));
    if (!day.success) ctx.addIssue({ code: 'custom', message: day.error.issues[0]!.message, input: value });
  });

/** Links to originals and homepages: web addresses only (a `javascript:` or `data:` URL would run when clicked). */
const WEB = /^https?$/;

const text = (what: string) => z.string({ error: `expected ${what} as text` }).trim().min(1, { error: `expected ${what}, got an empty text` });

export const outletSchema = z.strictObject({
  id: id('an outlet id'),
  name: text('the outlet name'),
  /** Absent where the capture does not say which site published it. */
  homepage: z.url({ protocol: WEB, error: 'expected the outlet homepage as a full URL (http or https), like "https://www.presstv.ir/"' }).optional(),
  description: text('a one-line neutral description'),
});
export type Outlet = z.infer<typeof outletSchema>;

/**
 * How we know which outlet published one capture: evidence about that capture, so it lives on the
 * account, never on the outlet (the same outlet's capture in another story has its own evidence).
 */
export const ATTRIBUTION_METHODS = ['named', 'url', 'inferred'] as const;
const attributionSchema = z.strictObject({
  method: z.enum(ATTRIBUTION_METHODS, { error: 'expected "named" (the text names the outlet), "url" (it was captured from the outlet\'s site) or "inferred"' }),
  evidence: text('the evidence for the attribution'),
}, { error: 'expected an object { method, evidence }' });
export type Attribution = z.infer<typeof attributionSchema>;

export const storySchema = z.strictObject({
  title: text('the story title'),
  date: isoDate,
  place: text('the place of the event'),
  /** When the story was added to the site (the feed's date); absent: its latest account's capture or publication date. */
  added: isoDate.optional(),
});
export type StoryData = z.infer<typeof storySchema>;

export const RELATION_KINDS = ['revision', 'repost', 'copy', 'translation'] as const;

export const versionSchema = z.strictObject({
  outlet: id('the id of an outlet listed in content/outlets.json'),
  published: publishedDate,
  headline: text('the headline').optional(),
  url: z.url({ protocol: WEB, error: 'expected the original URL as a full URL (http or https)' }).optional(),
  /** The web-archive snapshot the capture was taken from, when it came from one. */
  archived: z.url({ protocol: WEB, error: 'expected the archive snapshot as a full URL (http or https)' }).optional(),
  author: text('the author').optional(),
  /** ISO 639-1 code of the capture's language; absent means English. Set by ingest (detected) or the editor. */
  lang: z.string().regex(/^[a-z]{2}$/, { error: 'expected an ISO 639-1 language code in lower case, like "en", "de" or "ru"' }).optional(),
  retrieved: isoDate.optional(),
  source: text('the capture file name').optional(),
  relation: z
    .strictObject({
      kind: z.enum(RELATION_KINDS, { error: `expected one of ${RELATION_KINDS.join(', ')}` }),
      of: id('the version id this one derives from'),
    }, { error: 'expected an object { kind, of }' })
    .optional(),
  attribution: attributionSchema,
});
export type VersionData = z.infer<typeof versionSchema>;
