/**
 * Share cards decoded by a browser: the PNG encoder (src/lib/site/png.ts) loses no pixel of what
 * resvg drew, as Chromium decodes it, and the built seed site's cards (one per pair of accounts,
 * the og:image of both its comparison pages) are valid 1200×630 images.
 */
import { expect, test, type Page } from '@playwright/test';
import { cardContent, cardSvg, rasterize } from '../../src/lib/site/share-card.ts';
import { encodeOpaquePng } from '../../src/lib/site/png.ts';

const STORY = 'lavrov-blinken-reykjavik-2021';

/** The RGBA pixels Chromium decodes from a PNG, as base64. */
async function decoded(page: Page, png: Uint8Array): Promise<{ width: number; height: number; rgba: string }> {
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }), { colorSpaceConversion: 'none', premultiplyAlpha: 'none' });
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let binary = '';
    for (let i = 0; i < data.length; i += 0x8000) binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
    return { width: bitmap.width, height: bitmap.height, rgba: btoa(binary) };
  }, Buffer.from(png).toString('base64'));
}

test.describe('share cards', () => {
  test('Chromium decodes an encoded card to exactly the pixels resvg drew', async ({ page }) => {
    await page.goto('/');
    const card = cardContent({
      kicker: 'Eastbridge closes its harbour bridge · 3 February 2026',
      heading: 'Coast Wire and Copy Site',
      sentence: 'Every sentence of Copy Site’s text appears in Coast Wire; Coast Wire has 1 sentence that Copy Site lacks.',
      figures: [{ value: '75%', caption: 'of Coast Wire’s words appear in Copy Site' }, { value: '82%', caption: 'of Copy Site’s words appear in Coast Wire' }],
    });
    const image = rasterize(await cardSvg(card));
    const png = encodeOpaquePng({ width: image.width, height: image.height, pixels: image.pixels })!;
    expect(png.length).toBeLessThan(image.asPng().length);
    const back = await decoded(page, png);
    expect([back.width, back.height]).toEqual([1200, 630]);
    expect(Buffer.from(back.rgba, 'base64').equals(image.pixels)).toBe(true);
  });

  test('Chromium decodes a truecolour image (more colours than a palette holds) to its pixels', async ({ page }) => {
    await page.goto('/');
    const [width, height] = [300, 20];
    const pixels = new Uint8Array(width * height * 4);
    for (let i = 0; i < width * height; i++) pixels.set([i % 256, (i >> 8) % 256, (i * 7) % 256, 255], i * 4);
    const back = await decoded(page, encodeOpaquePng({ width, height, pixels })!);
    expect(Buffer.from(back.rgba, 'base64').equals(Buffer.from(pixels))).toBe(true);
  });

  test('both orders of a comparison share one card, a 1200×630 image Chromium decodes', async ({ page, request }) => {
    const cardOf = async (path: string) => {
      await page.goto(path);
      return (await page.locator('meta[property="og:image"]').getAttribute('content'))!;
    };
    const [forward, backward] = [await cardOf(`/stories/${STORY}/compare/islam-times/press-tv/`), await cardOf(`/stories/${STORY}/compare/press-tv/islam-times/`)];
    expect(backward).toBe(forward);
    const alt = (await page.locator('meta[property="og:image:alt"]').getAttribute('content'))!;
    expect(alt).toMatch(/Islam Times.*Press TV|Press TV.*Islam Times/);
    expect(alt.match(/\d+%/g)!.length).toBeGreaterThanOrEqual(2);
    for (const url of [forward, await cardOf(`/stories/${STORY}/`)]) {
      const response = await request.get(new URL(url).pathname);
      expect(response.headers()['content-type']).toContain('image/png');
      const back = await decoded(page, await response.body());
      expect([back.width, back.height]).toEqual([1200, 630]);
      // Not blank: the card's accent bar (#1d4ed8) runs along its top.
      expect([...Buffer.from(back.rgba, 'base64').subarray(600 * 4, 600 * 4 + 4)]).toEqual([0x1d, 0x4e, 0xd8, 255]);
    }
  });
});
