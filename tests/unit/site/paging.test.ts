import { describe, expect, it, vi } from 'vitest';
import { STORIES_PER_PAGE, pageRange, pagerNumbers } from '@lib/site/paging.ts';

describe('pageRange', () => {
  it('puts the first stories on the home page and the rest on /page/<n>/', () => {
    expect(pageRange(60, 1, 25)).toEqual({ number: 1, count: 3, start: 0, end: 25, total: 60, prev: null, next: '/page/2/' });
    expect(pageRange(60, 2, 25)).toMatchObject({ start: 25, end: 50, prev: '/', next: '/page/3/' });
    expect(pageRange(60, 3, 25)).toMatchObject({ start: 50, end: 60, prev: '/page/2/', next: null });
  });
  it('has one page, without neighbours, for a few stories or none', () => {
    expect(pageRange(1, 1)).toMatchObject({ count: 1, start: 0, end: 1, prev: null, next: null });
    expect(pageRange(0, 1)).toMatchObject({ count: 1, start: 0, end: 0 });
    expect(pageRange(STORIES_PER_PAGE, 1).count).toBe(1);
    expect(pageRange(STORIES_PER_PAGE + 1, 1).count).toBe(2);
  });
  it('refuses a page that does not exist', () => {
    expect(() => pageRange(60, 4, 25)).toThrow('no story list page 4 (there are 3)');
    expect(() => pageRange(60, 0, 25)).toThrow(/no story list page 0/);
  });
});

describe('pagerNumbers', () => {
  it('lists every page of a short list', () => {
    expect(pagerNumbers({ number: 2, count: 4 })).toEqual([1, 2, 3, 4]);
  });
  it('keeps the first, the last and the current page’s neighbours of a long list, with gaps', () => {
    expect(pagerNumbers({ number: 1, count: 400 })).toEqual([1, 2, 3, null, 400]);
    expect(pagerNumbers({ number: 200, count: 400 })).toEqual([1, null, 198, 199, 200, 201, 202, null, 400]);
    expect(pagerNumbers({ number: 400, count: 400 })).toEqual([1, null, 398, 399, 400]);
  });
});

describe('under a sub-path', () => {
  it('links the pages under the base', async () => {
    vi.stubEnv('BASE_URL', '/retold/');
    vi.resetModules();
    const { pageRange: underBase } = await import('@lib/site/paging.ts');
    expect(underBase(60, 2, 25)).toMatchObject({ prev: '/retold/', next: '/retold/page/3/' });
    vi.unstubAllEnvs();
  });
});
