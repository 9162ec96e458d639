import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { corpusLoader } from './lib/content/loader.ts';
import { outletSchema, storySchema, versionSchema } from './lib/content/schema.ts';

/** The content folder; the scale benchmark points it at a generated corpus. */
const contentDir = process.env.RETOLD_CONTENT ?? './content';

const outlets = defineCollection({ loader: corpusLoader('outlets', contentDir), schema: outletSchema });

const stories = defineCollection({
  loader: corpusLoader('stories', contentDir),
  schema: z.object({ id: z.string(), data: storySchema, summary: z.array(z.string()), bodyHash: z.string() }),
});

const versions = defineCollection({
  loader: corpusLoader('versions', contentDir),
  schema: z.object({
    id: z.string(),
    story: z.string(),
    version: z.string(),
    data: versionSchema,
    /** SHA-256 of the account's text in the text store (src/lib/content/texts.ts): its paragraphs are read from there. */
    text: z.string(),
    /** SHA-256 of the Markdown body (the loader's parse memo: src/lib/content/loader.ts). */
    bodyHash: z.string(),
    /** The engine's word count of the paragraphs (counted once per changed body, by the loader). */
    words: z.number().int().nonnegative(),
    /** The length of the text as the engine reads it (`textLength`): the part route's paths need it before any text is read. */
    chars: z.number().int().nonnegative(),
  }),
});

export const collections = { outlets, stories, versions };
