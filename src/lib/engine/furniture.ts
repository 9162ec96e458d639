import type { Language } from './lang/index.ts';

/*
 * The furniture patterns of one language, compiled once: regular expressions
 * built from the language's phrases (lang/*.ts) and the language-neutral
 * shapes of news-page furniture (counters, timecodes, credits). The rules
 * that use them, with where they apply, are in classify.ts.
 */

export interface FurniturePatterns {
  /** A scraper's capture stamp at the very start of a capture (`date 2021-05-20`), with what follows it. */
  leadingStamp: RegExp;
  /** A scraper's capture stamp alone. */
  stampOnly: RegExp;
  /** A date or time expression alone, or led by a stamp word ("Published 12 May 2021, 10:22 GMT", "3 hours ago"). */
  dateStamp: RegExp;
  /** A stamp word with a date/time somewhere in a short line ("Updated: May 20, 2021"). */
  stampLead: RegExp;
  /** Contains a date or time. */
  hasDate: RegExp;
  /** A whole line that is a page control: share, follow, newsletter, comments, read more. */
  control: RegExp;
  /** A newsletter or follow prompt written as a sentence ("Sign up for our newsletter to get …"). */
  prompt: RegExp;
  /** A whole line that heads a related/recommended/more-news block. */
  related: RegExp;
  /** A whole line that is an advertising label. */
  ad: RegExp;
  /** A cookie or consent line. */
  consent: RegExp;
  /** A whole line that is a video-player control or status, or a timecode. */
  video: RegExp;
  /** A teaser line that introduces an embedded video: "Watch: …", "VIDEO: …". */
  videoTeaser: RegExp;
  /** A whole line that is a gallery control or an image counter. */
  gallery: RegExp;
  /** A photo/video credit in any of the forms captions use (any of these). */
  credit: RegExp[];
  /** An image alt-text stub: a media word alone, a file name, a bracketed placeholder. */
  mediaStub: RegExp;
  /** A byline: "By Jane Doe", "By Jane Doe and John Roe, Wire | May 20, 2021". */
  byline: RegExp;
  /** A machine-summary notice. */
  aiNotice: RegExp;
  /** A paragraph opened by a third-party comment label. */
  comment: RegExp;
  /** Author-box lines. */
  authorBox: RegExp[];
  /** Mirror notices. */
  mirror: RegExp;
}

const cache = new WeakMap<Language, FurniturePatterns>();

/**
 * The one scraper-stamp pattern: a stamp word, optionally joined ("captured on:"), then an ISO date
 * (captured as group 1) and optional time, then `tail`. Segmentation splits it off a capture's
 * start (`leadingStamp`), classification labels it alone (`stampOnly`), and ingest moves the date of
 * a `publishedStamp` to front matter (`ingest/plain.ts`).
 */
export function scraperStamp(words: string, joiners: string, tail: string): RegExp {
  return new RegExp(`^\\s*(?:${words})(?:\\s+(?:${joiners}))?:?\\s+(\\d{4}-\\d{2}-\\d{2})(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?Z?)?${tail}`, 'iu');
}

/*
 * Length bounds of the furniture shapes below, in characters (UTF-16 code units) or words. They are
 * about the shape of news pages, not any language, so they live here rather than in `lang/`, and
 * no caller tunes them: each separates a label from a sentence that happens to start like one.
 */
/**
 * What may follow the media word inside a bracketed credit, "(Photo by Jane Doe/AFP)": a
 * photographer and an agency or two, under 60 characters; a longer bracket is an aside of the
 * sentence ("(Photo exhibitions in the capital have drawn …)"), not a credit.
 */
const CREDIT_BRACKET_MAX_CHARS = 60;
/**
 * What may follow a credit kind inside a bracket that ends a line, "(Handout via Reuters)",
 * "(Courtesy of the ministry)": a source's name, under 40 characters. Shorter than a media
 * credit's bound because no photographer's name comes with it.
 */
const CREDIT_KIND_BRACKET_MAX_CHARS = 40;
/**
 * What may follow a byline's names after a comma or bar, "By Jane Doe, Wire | May 20, 2021": an
 * outlet, a place or a date stamp, under 60 characters and without a sentence end; a longer tail
 * after a capitalized phrase is a clause of prose, not a byline.
 */
const BYLINE_TAIL_MAX_CHARS = 60;
/** A bracketed media placeholder, "[Image: aerial view of the harbour]": an alt text of a short phrase, under 80 characters. */
const MEDIA_STUB_MAX_CHARS = 80;
/**
 * Words of a name, or of an agency's, after its first (so four in all): "AP Photo/Jane Doe",
 * "Jane Mary van Doe is a reporter". A longer capitalized run is a headline or a title phrase.
 */
const NAME_MORE_WORDS = 3;

/** A whole line: optional bullets and closing punctuation around it. */
const line = (body: string): RegExp => new RegExp(`^\\s*(?:[-–—•·|>»›]\\s*)?(?:${body})\\s*[:.!»›>|]?\\s*$`, 'iu');

export function furniturePatterns(language: Language): FurniturePatterns {
  let p = cache.get(language);
  if (p) return p;
  const f = language.furniture;
  // Dates and times of page stamps: "20 May 2021", "May 20, 2021", "2021-05-20",
  // "20.05.2021", "10:22", "10:22 GMT", "1:30am EDT", "3 hours ago".
  const day = `(?:${f.weekdays})\\.?,?`;
  const date =
    `(?:${day}\\s+)?(?:\\d{1,2}\\.?\\s+(?:${f.months})\\.?,?(?:\\s+\\d{4})?|(?:${f.months})\\.?\\s+\\d{1,2}(?:${f.ordinalSuffix})?,?(?:\\s+\\d{4})?|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})`;
  const time = `\\d{1,2}[:.]\\d{2}(?:\\s*(?:${f.clockSuffix}))?(?:\\s*(?:[A-Z]{2,4}|UTC|GMT)(?:[+-]\\d{1,2})?)?`;
  const relative = f.relativeTime;
  const when = `(?:${date}|${time}|${relative})`;
  const whenRun = `${when}(?:\\s*(?:,|${f.stampJoiners}|\\||-|–|—|/)?\\s*${when})*`;
  p = {
    leadingStamp: scraperStamp(f.captureStamp, f.stampJoiners, '\\s+'),
    stampOnly: scraperStamp(f.captureStamp, f.stampJoiners, '\\s*$'),
    dateStamp: new RegExp(`^\\s*(?:(?:${f.stampWords})\\s*(?:${f.stampJoiners})?\\s*:?\\s*)?${whenRun}\\s*[.)]?\\s*$`, 'iu'),
    stampLead: new RegExp(`^\\s*(?:${f.stampWords})\\b\\s*(?:${f.stampJoiners})?\\s*:?`, 'iu'),
    hasDate: new RegExp(when, 'iu'),
    control: line(f.controls),
    prompt: new RegExp(`^\\s*(?:${f.prompts})$`, 'iu'),
    related: line(f.related),
    ad: line(f.ads),
    consent: new RegExp(`^\\s*(?:${f.consent})\\s*[.!]?\\s*$`, 'iu'),
    video: line(`${f.video}|(?:\\d{1,2}:)?\\d{1,2}:\\d{2}(?:\\s*/\\s*(?:\\d{1,2}:)?\\d{1,2}:\\d{2})?`),
    videoTeaser: new RegExp(`^\\s*(?:${f.video}|${f.mediaWords})\\s*[:|–—-]\\s*\\S`, 'iu'),
    gallery: line(`${f.gallery}|(?:(?:${f.mediaWords})\\s+)?\\d{1,3}\\s*(?:/|${f.counterOf})\\s*\\d{1,3}`),
    credit: [
      // "(Photo by AFP)", "(Photo: Reuters)", "(Video: Jane Doe)", "(File photo via Reuters)"
      new RegExp(`\\((?:${f.creditKinds}\\s+)?(?:${f.mediaWords})(?:\\s+(?:${f.creditBy}|${f.creditKinds}))?\\s*:?[^)]{0,${CREDIT_BRACKET_MAX_CHARS}}\\)`, 'iu'),
      // "Photo: Jane Doe/Getty", "Image source, Getty Images", "Credit: Reuters"
      new RegExp(`^\\s*(?:${f.mediaWords})\\s*(?:${f.creditBy})?\\s*[:,]\\s*\\S`, 'iu'),
      // "(Jane Doe/Reuters)", "REUTERS/Amr Dalsh", "AFP/Getty Images", "AP Photo/Jane Doe": a
      // name/agency pair standing apart at the end of a line (in brackets, alone, or after
      // a sentence), ending in a letter; "… against RFE/RL." inside a sentence is not one.
      // Case-sensitive on purpose: names and agencies are capitalized.
      new RegExp(
        `(?:^|[.!?]["”’]?\\s+|[(\\[])\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,${NAME_MORE_WORDS}}\\s?\\/\\s?\\p{Lu}(?:[\\p{L}&.'’-]*\\p{L})?(?:\\s+\\p{Lu}(?:[\\p{L}.'’-]*\\p{L})?){0,${NAME_MORE_WORDS}}\\s*[)\\]]?\\s*$`,
        'u',
      ),
      // "(Handout via Reuters)", "[Pool]", "(Courtesy of the ministry)" at the end of a line
      new RegExp(`[(\\[]\\s*(?:${f.creditKinds})\\b[^)\\]]{0,${CREDIT_KIND_BRACKET_MAX_CHARS}}[)\\]]\\s*$`, 'iu'),
    ],
    mediaStub: new RegExp(
      `^\\s*(?:\\[?\\s*(?:${f.mediaWords})(?:\\s+(?:${f.stubWords}|\\d+))?\\s*\\]?|[\\w.-]+\\.(?:jpe?g|png|gif|webp|avif|svg|mp4)|\\[(?:${f.mediaWords})[^\\]]{0,${MEDIA_STUB_MAX_CHARS}}\\])\\s*$`,
      'iu',
    ),
    // Case-insensitive only around the byline word ((?i:…), ES2025 modifiers):
    // the names after it must be capitalized ("By the end of …" is a sentence).
    byline: new RegExp(
      `^\\s*(?i:${f.byline})\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|(?i:${f.nameJoiners})))*(?:\\s*[,|]\\s*[^.!?]{0,${BYLINE_TAIL_MAX_CHARS}})?\\s*$`,
      'u',
    ),
    aiNotice: new RegExp(`^\\s*(?:${f.aiNotice})$`, 'iu'),
    comment: new RegExp(`^\\s*(?:${f.comment})\\s*:`, 'iu'),
    authorBox: [
      new RegExp(`^\\s*(?:${f.authorBox})\\s*:\\s*\\S`, 'iu'),
      new RegExp(`(?<![\\p{L}\\p{N}_])(?:${f.authorFollow})(?![\\p{L}\\p{N}_])`, 'iu'),
      // A capitalized name (up to four words), then the bio ("Jane Doe is a reporter …"); case-sensitive: names are capitalized.
      new RegExp(`^\\s*\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){0,${NAME_MORE_WORDS}}\\s+(?:${f.authorBio})`, 'u'),
    ],
    mirror: new RegExp(`\\b(?:${f.mirror})\\b`, 'iu'),
  };
  cache.set(language, p);
  return p;
}

/**
 * True when a line is a furniture label of its own (a control, a related-block
 * heading, an ad label, a video or gallery control): what the segmenter may
 * split off a sentence it is glued to (`Related StoriesThe minister …`).
 */
export function isFurnitureLabel(text: string, language: Language): boolean {
  const p = furniturePatterns(language);
  return p.control.test(text) || p.related.test(text) || p.ad.test(text) || p.video.test(text) || p.gallery.test(text);
}
