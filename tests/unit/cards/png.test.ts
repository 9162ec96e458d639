/**
 * The PNG encoder of the share cards (src/lib/site/png.ts): which PNG it writes for which pixels.
 * That every pixel decodes back to what was drawn is checked by a real decoder, Chromium's, in
 * tests/e2e/share-cards.spec.ts.
 */
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodeOpaquePng, type RgbaImage } from '../../../src/lib/site/png.ts';

/** An opaque image whose pixel (x, y) is colour(x, y). */
function image(width: number, height: number, colour: (x: number, y: number) => [number, number, number, number?]): RgbaImage {
  const pixels = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const [r, g, b, a = 255] = colour(x, y);
      pixels.set([r, g, b, a], (y * width + x) * 4);
    }
  return { width, height, pixels };
}

/** The chunks of a PNG, by type (the decoding itself is Chromium's, in the e2e test). */
function chunks(png: Uint8Array): Map<string, Buffer> {
  const bytes = Buffer.from(png);
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const found = new Map<string, Buffer>();
  for (let at = 8; at < bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    found.set(bytes.toString('latin1', at + 4, at + 8), bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  return found;
}

describe('share card PNG encoding', () => {
  it('writes an image of few colours as an 8-bit palette image, its colours in order of first appearance', () => {
    const stripes = image(5, 3, (x) => (x % 2 ? [29, 78, 216] : [255, 255, 255]));
    const parts = chunks(encodeOpaquePng(stripes)!);
    expect([...parts.keys()]).toEqual(['IHDR', 'PLTE', 'IDAT', 'IEND']);
    const header = parts.get('IHDR')!;
    expect([header.readUInt32BE(0), header.readUInt32BE(4), header[8], header[9]]).toEqual([5, 3, 8, 3]);
    expect([...parts.get('PLTE')!]).toEqual([255, 255, 255, 29, 78, 216]);
    // Each row: filter byte 0 (None), then one index per pixel.
    expect([...inflateSync(parts.get('IDAT')!)]).toEqual([0, 0, 1, 0, 1, 0, 0, 0, 1, 0, 1, 0, 0, 0, 1, 0, 1, 0]);
  });

  it('writes truecolour when the image has more colours than a palette holds', () => {
    const gradient = image(300, 2, (x, y) => [x % 256, y, x >> 8]);
    const parts = chunks(encodeOpaquePng(gradient)!);
    expect(parts.has('PLTE')).toBe(false);
    expect(parts.get('IHDR')![9]).toBe(2);
    const rows = inflateSync(parts.get('IDAT')!);
    expect(rows.length).toBe((300 * 3 + 1) * 2);
    expect([...rows.subarray(0, 7)]).toEqual([0, 0, 0, 0, 1, 0, 0]);
    const last = 1 + 299 * 3; // row 0: its filter byte, then pixel 299
    expect([...rows.subarray(last, last + 3)]).toEqual([43, 0, 1]);
  });

  it('leaves a translucent image to another encoder (resvg premultiplies alpha)', () => {
    expect(encodeOpaquePng(image(4, 4, (x, y) => (x === 3 && y === 3 ? [0, 0, 0, 128] : [255, 255, 255])))).toBeUndefined();
    expect(encodeOpaquePng(image(300, 1, (x) => [x % 256, x >> 8, 0, x === 299 ? 0 : 255]))).toBeUndefined();
  });

  it('gives equal bytes for equal pixels, and refuses pixels of the wrong size', () => {
    const make = () => image(64, 64, (x, y) => [(x * y) % 7, 40, 200]);
    expect(Buffer.from(encodeOpaquePng(make())!).equals(Buffer.from(encodeOpaquePng(make())!))).toBe(true);
    expect(() => encodeOpaquePng({ width: 2, height: 2, pixels: new Uint8Array(12) })).toThrow('expected 2×2×4 bytes of RGBA, got 12');
  });

  it('reads pixels that do not start on a 4-byte boundary', () => {
    const aligned = image(3, 2, (x, y) => [x * 80, y * 80, 7]);
    const offset = new Uint8Array(aligned.pixels.length + 1).fill(9);
    offset.set(aligned.pixels, 1);
    const shifted = { ...aligned, pixels: offset.subarray(1) };
    expect(Buffer.from(encodeOpaquePng(shifted)!).equals(Buffer.from(encodeOpaquePng(aligned)!))).toBe(true);
  });
});
