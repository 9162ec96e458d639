/**
 * The content model, validated when the site builds and when `npm run ingest` writes an entry.
 * Every message says what was expected, so an editor can fix the file without reading code.
 */
import { z } from 'astro/zod';

/** Ids appear in URLs and in the JSON API: lowercase words joined by hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const id = (what: string) =>
  z.string({ error: `expected ${what} (lowercase letters, digits and hyphens)` }).regex(ID_PATTERN, {
    error: `expected ${what} made of lowercase letters, digits and hyphens, like "press-tv"`,
  });

/** A calendar date written YYYY-MM-DD; kept as a string so builds never depend on a time zone. */
export const isoDate = z
  .string({ error: 'expected a date written YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date written YYYY-MM-DD', abort: true })
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, {
    error: 'expected a real calendar date written YYYY-MM-DD',
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
  attribution: z.strictObject({
    method: z.enum(['named', 'inferred'], { error: 'expected "named" (the text names the outlet) or "inferred"' }),
    evidence: text('the evidence for the attribution'),
  }, { error: 'expected an object { method, evidence }' }),
});
export type Outlet = z.infer<typeof outletSchema>;

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
  published: isoDate,
  headline: text('the headline').optional(),
  url: z.url({ protocol: WEB, error: 'expected the original URL as a full URL (http or https)' }).optional(),
  author: text('the author').optional(),
  retrieved: isoDate.optional(),
  source: text('the capture file name').optional(),
  relation: z
    .strictObject({
      kind: z.enum(RELATION_KINDS, { error: `expected one of ${RELATION_KINDS.join(', ')}` }),
      of: id('the version id this one derives from'),
    }, { error: 'expected an object { kind, of }' })
    .optional(),
});
export type VersionData = z.infer<typeof versionSchema>;
