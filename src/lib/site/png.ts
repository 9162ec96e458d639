/**
 * PNG encoding of a drawn share card's pixels (PNG spec: https://www.w3.org/TR/png-3/), with node's
 * own zlib for the compression and the checksums. A card is text in four colours on white, so
 * after anti-aliasing it holds a few dozen distinct colours (81 on the seed story's cards): written
 * as an 8-bit palette image it is a quarter of the bytes to compress, which makes it both cheaper to
 * encode and smaller than resvg's own `asPng()` (truecolour with alpha, adaptive filters). Measured
 * on the seed story's cards side by side (`npx node scripts/bench/cards.ts`, load 10–15): 9–13
 * CPU-ms and 29–34 KB against 18–24 CPU-ms and 56–67 KB. The libraries tried encoded slower or
 * larger: pngjs (60 ms, no palette output), fast-png (68 ms for a palette image: its deflate is
 * JavaScript), sharp (14 ms and 35 KB truecolour; its palette mode quantizes, 61 ms). Lossless:
 * every pixel decodes to the value resvg drew (tests/e2e/share-cards.spec.ts checks it with
 * Chromium's decoder).
 */
import { crc32, deflateSync } from 'node:zlib';

/** Pixels as resvg hands them over: RGBA, 8 bits a channel, row after row. */
export interface RgbaImage {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** A palette image holds at most 2^8 colours at 8 bits per index. */
const PALETTE_SIZE = 256;
/**
 * zlib level: on card pixels, level 3 costs 2 ms and gives 29 KB where 1 gives 31 KB for the same
 * time and 6 gives 23 KB for 6 ms; 9 takes 50 ms for 22 KB.
 */
const DEFLATE_LEVEL = 3;
const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
const COLOUR_TYPE = { truecolour: 2, indexed: 3 } as const;
/** Filter type 0 (None) on every row: the spec's advice for palette images, and the cheapest for truecolour. */
const FILTER_NONE = 0;

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function header(image: RgbaImage, colourType: number): Buffer {
  const data = Buffer.alloc(13); // bit depth 8; compression, filter and interlace methods 0
  data.writeUInt32BE(image.width, 0);
  data.writeUInt32BE(image.height, 4);
  data[8] = 8;
  data[9] = colourType;
  return chunk('IHDR', data);
}

const ALPHA = 3;
const OPAQUE = 255;

/**
 * Each pixel's palette index, rows prefixed by their filter byte, and the palette (RGB triples in
 * order of first appearance, so equal pixels always give equal bytes); 'translucent' when a pixel
 * is not opaque, 'too many' when the image has more colours than a palette holds.
 */
function indexed({ width, height, pixels }: RgbaImage): { rows: Uint8Array; palette: Uint8Array } | 'translucent' | 'too many' {
  // Each pixel's four bytes read as one number (a copy when the bytes are not 4-aligned).
  const aligned = pixels.byteOffset % 4 === 0 ? pixels : pixels.slice();
  const colours = new Uint32Array(aligned.buffer, aligned.byteOffset, width * height);
  const rows = new Uint8Array((width + 1) * height);
  const index = new Map<number, number>();
  const palette = new Uint8Array(PALETTE_SIZE * 3);
  // Runs of one colour are the rule on a card, so the map is asked only where the colour changes.
  let last = -1;
  let lastIndex = 0;
  for (let y = 0, i = 0, o = 0; y < height; y++) {
    rows[o++] = FILTER_NONE;
    for (let x = 0; x < width; x++, i++, o++) {
      const colour = colours[i]!;
      if (colour !== last) {
        let found = index.get(colour);
        if (found === undefined) {
          // Every colour passes here once, so this sees every pixel's alpha.
          if (pixels[i * 4 + ALPHA] !== OPAQUE) return 'translucent';
          if (index.size === PALETTE_SIZE) return 'too many';
          found = index.size;
          index.set(colour, found);
          palette.set(pixels.subarray(i * 4, i * 4 + 3), found * 3);
        }
        last = colour;
        lastIndex = found;
      }
      rows[o] = lastIndex;
    }
  }
  return { rows, palette: palette.subarray(0, index.size * 3) };
}

/** RGB rows prefixed by their filter byte; undefined when a pixel is not opaque. */
function truecolour({ width, height, pixels }: RgbaImage): Uint8Array | undefined {
  const rows = new Uint8Array((width * 3 + 1) * height);
  for (let y = 0, i = 0, o = 0; y < height; y++) {
    rows[o++] = FILTER_NONE;
    for (let x = 0; x < width; x++, i += 4, o += 3) {
      if (pixels[i + ALPHA] !== OPAQUE) return undefined;
      rows[o] = pixels[i]!;
      rows[o + 1] = pixels[i + 1]!;
      rows[o + 2] = pixels[i + 2]!;
    }
  }
  return rows;
}

/**
 * The image as PNG bytes: a palette image when it has at most 256 colours, else truecolour.
 * Opaque images only (a card is drawn on white): resvg's pixels carry premultiplied alpha, which
 * equals straight alpha only where a pixel is opaque; undefined for any other image.
 */
export function encodeOpaquePng(image: RgbaImage): Uint8Array | undefined {
  if (image.pixels.length !== image.width * image.height * 4) throw new Error(`encodeOpaquePng: expected ${image.width}×${image.height}×4 bytes of RGBA, got ${image.pixels.length}`);
  const palette = indexed(image);
  if (palette === 'translucent') return undefined;
  let parts: Buffer[];
  if (palette === 'too many') {
    const rows = truecolour(image);
    if (!rows) return undefined;
    parts = [header(image, COLOUR_TYPE.truecolour), chunk('IDAT', deflateSync(rows, { level: DEFLATE_LEVEL }))];
  } else parts = [header(image, COLOUR_TYPE.indexed), chunk('PLTE', palette.palette), chunk('IDAT', deflateSync(palette.rows, { level: DEFLATE_LEVEL }))];
  return Buffer.concat([SIGNATURE, ...parts, chunk('IEND', new Uint8Array(0))]);
}
