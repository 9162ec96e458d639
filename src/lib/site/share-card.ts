/**
 * Share cards: the 1200×630 Open Graph image of a comparison or a story, stating its finding
 * with both outlet names, drawn at build time. satori lays the card out (flexbox over plain
 * element objects) into SVG with the fonts shipped in src/assets/fonts (Source Serif 4 and Inter,
 * SIL Open Font License), so a card never depends on the machine's fonts; resvg turns the SVG into
 * a PNG. Each card is stored under a hash of its content, its layout code and the fonts, so a
 * rebuild draws only the cards whose finding changed.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { cacheKey, defaultCacheDir, writeAtomic } from '../cache/index.ts';
import { excerpt } from './format.ts';
import { encodeOpaquePng } from './png.ts';

/** What a card says. */
export interface CardContent {
  /** Small line at the top: the story (and its date). */
  kicker: string;
  /** The accounts, e.g. "Islam Times and Press TV", or the story title on a story card. */
  heading: string;
  /** The finding in one sentence. */
  sentence: string;
  /** One or two figures, large ("99%"), each with what it counts: a pair's card gives both sides' shares. */
  figures: CardFigure[];
}

export interface CardFigure {
  value: string;
  caption: string;
}

const CARD_WIDTH = 1200;
const CARD_HEIGHT = 630;
/** Longest sentence on a card: about four lines at its type size, readable in a thumbnail. */
const SENTENCE_CHARS = 190;
const HEADING_CHARS = 60;
/** A line of the kicker's type size across the card. */
const KICKER_CHARS = 90;
/**
 * A figure's caption: at most four lines beside its figure when two figures share the width, two
 * lines across the card beside one figure.
 */
const CAPTION_CHARS = { shared: 56, alone: 120 };

/** A card's content, cut to what fits: headings, sentences and captions are shortened at a word, with an ellipsis. */
export function cardContent(content: CardContent): CardContent {
  return {
    kicker: excerpt(content.kicker, KICKER_CHARS),
    heading: excerpt(content.heading, HEADING_CHARS),
    sentence: excerpt(content.sentence, SENTENCE_CHARS),
    figures: content.figures.map((f) => ({ value: f.value, caption: excerpt(f.caption, content.figures.length > 1 ? CAPTION_CHARS.shared : CAPTION_CHARS.alone) })),
  };
}

const FONT_DIR = path.resolve(process.cwd(), 'src/assets/fonts');
const FONT_FILES = [
  { file: 'inter-latin-400-normal.woff', name: 'Inter', weight: 400 },
  { file: 'inter-latin-600-normal.woff', name: 'Inter', weight: 600 },
  { file: 'source-serif-4-latin-400-normal.woff', name: 'Source Serif 4', weight: 400 },
  { file: 'source-serif-4-latin-700-normal.woff', name: 'Source Serif 4', weight: 700 },
] as const;

type Fonts = { list: { name: string; data: Buffer; weight: 400 | 600 | 700; style: 'normal' }[]; hash: string };
let fonts: Promise<Fonts> | undefined;
/** The fonts, and a hash of everything that decides a card's pixels besides its text (in every card's key). */
const loadFonts = () =>
  (fonts ??= Promise.all(FONT_FILES.map(async (f) => ({ name: f.name, weight: f.weight, style: 'normal' as const, data: await readFile(path.join(FONT_DIR, f.file)) })))
    .then(async (list) => ({ list, hash: cacheKey({ fonts: list.map((f) => f.data.toString('base64')), code: await drawingCode() }) })));

/**
 * The drawing code, as files: this module (the layout) and the PNG encoder, read from the project
 * (the build's working directory, like the fonts), and the versions of satori and resvg. Read as
 * files, not as `layout.toString()`: the build bundles this module and the worker threads run its
 * source as it is, so a function's text differs between them, and so would the cards' names.
 */
const DRAWING_FILES = ['src/lib/site/share-card.ts', 'src/lib/site/png.ts', 'node_modules/satori/package.json', 'node_modules/@resvg/resvg-js/package.json'];
const drawingCode = () => Promise.all(DRAWING_FILES.map(async (file) => [file, await readFile(path.resolve(process.cwd(), file), 'utf8')]));


type Node = { type: string; props: { style?: Record<string, unknown>; children?: (Node | string)[] | Node | string } };
const el = (type: string, style: Record<string, unknown>, ...children: (Node | string)[]): Node => ({ type, props: { style, children } });

const INK = '#1b1b1f';
const MUTED = '#55565e';
const ACCENT = '#1d4ed8';

/** Margins around the card's text block. */
const MARGIN_X = 72;
const MARGIN_Y = 48;
const BAR = 14;

function layout(c: CardContent): Node {
  const width = CARD_WIDTH - 2 * MARGIN_X;
  const sentenceSize = c.sentence.length > 130 ? 38 : 46;
  return el(
    'div',
    { width: CARD_WIDTH, height: CARD_HEIGHT, display: 'flex', background: '#ffffff', color: INK, fontFamily: 'Inter', borderTop: `${BAR}px solid ${ACCENT}` },
    el(
      'div',
      { display: 'flex', flexDirection: 'column', width, height: CARD_HEIGHT - BAR - 2 * MARGIN_Y, marginLeft: MARGIN_X, marginTop: MARGIN_Y },
      el('div', { display: 'flex', width, fontSize: 26, color: MUTED }, el('span', { fontWeight: 600, color: INK, marginRight: 18 }, 'Retold'), c.kicker),
      el('div', { display: 'flex', width, fontSize: 40, fontWeight: 600, marginTop: 24 }, c.heading),
      el('div', { display: 'flex', width, fontFamily: 'Source Serif 4', fontSize: sentenceSize, lineHeight: 1.25, marginTop: 18, flexGrow: 1 }, c.sentence),
      el('div', { display: 'flex', width, alignItems: 'flex-end' }, ...c.figures.map((f, i) => figure(f, i > 0, c.figures.length > 1))),
    ),
  );
}

/** A figure and its caption beside it; two figures share the width, a little smaller. */
function figure(f: CardFigure, after: boolean, shared: boolean): Node {
  return el(
    'div',
    { display: 'flex', alignItems: 'flex-end', flexBasis: 0, flexGrow: 1, marginLeft: after ? 40 : 0 },
    el('span', { fontFamily: 'Source Serif 4', fontWeight: 700, fontSize: shared ? 88 : 104, lineHeight: 1, color: ACCENT, marginRight: shared ? 18 : 24 }, f.value),
    el('span', { display: 'flex', fontSize: shared ? 24 : 28, color: MUTED, paddingBottom: shared ? 8 : 12, flexShrink: 1 }, f.caption),
  );
}

/** The card's layout as SVG (satori: text laid out with the shipped fonts, glyphs drawn as paths). */
export async function cardSvg(fitted: CardContent): Promise<string> {
  const loaded = await loadFonts();
  return satori(layout(fitted) as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: loaded.list });
}

/** The SVG drawn into pixels (resvg). */
export const rasterize = (svg: string) => new Resvg(svg, { fitTo: { mode: 'width', value: CARD_WIDTH }, font: { loadSystemFonts: false } }).render();

/**
 * The drawn card as PNG bytes, from its pixels by png.ts (a palette image: about half resvg's
 * encoding time and half its size), or by resvg's own encoder for a translucent image, which
 * png.ts leaves alone.
 */
export const encodePng = (image: ReturnType<typeof rasterize>): Uint8Array => encodeOpaquePng({ width: image.width, height: image.height, pixels: image.pixels }) ?? image.asPng();

/** Where a card is stored in the cache: named by a hash of its text, its layout code and the fonts. */
export async function cardFile(content: CardContent, cacheDir = defaultCacheDir()): Promise<string> {
  const loaded = await loadFonts();
  // The drawing code is in the key (with the fonts): a change to the design redraws every card.
  const key = cacheKey({ card: cardContent(content), drawing: loaded.hash });
  return path.join(cacheDir, 'cards', key.slice(0, 2), `${key}.png`);
}

/** The card's PNG bytes when this exact card was drawn before, else undefined. */
export async function storedCard(content: CardContent, cacheDir = defaultCacheDir()): Promise<Uint8Array | undefined> {
  try {
    return await readFile(await cardFile(content, cacheDir));
  } catch {
    return undefined; // not drawn yet
  }
}

/** Draws the card and stores it (atomically: a concurrent reader sees the whole card or none). */
export async function drawCard(content: CardContent, cacheDir = defaultCacheDir()): Promise<Uint8Array> {
  const png = encodePng(rasterize(await cardSvg(cardContent(content))));
  await writeAtomic(await cardFile(content, cacheDir), png);
  return png;
}
