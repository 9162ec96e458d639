/** The RSS feed, read back by a feed parser as a reader would (issue 12, case 9). */
import { getRssString } from '@astrojs/rss';
import { parseHTML } from 'linkedom';
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { feedItems, type FeedStory } from '@lib/site/feed.ts';

const HOSTILE_SUMMARY = 'A summary with <img src=x onerror="alert(\'summary\')"> & <script>alert(1)</script> in it.';
const story: FeedStory = {
  id: 'hostile',
  data: { title: 'Markup <b>in</b> a title', date: '2024-03-05' },
  summary: [HOSTILE_SUMMARY],
  accounts: [{ outlet: { name: '<i>Hostile</i> & "Times"' } }, { outlet: { name: 'Plain Daily' } }],
};

describe('RSS feed', () => {
  it('a summary\'s markup reaches the reader as text, never as elements', async () => {
    const xml = await getRssString({ title: 'T', description: 'D', site: 'https://example.org', items: feedItems([story], new URL('https://example.org')) });
    const feed = await new Parser().parseString(xml);
    const description = feed.items[0]!.content!;
    // A feed reader renders the description as HTML: it must hold no element, and show the text as written.
    const { document } = parseHTML(`<!doctype html><html><body>${description}</body></html>`);
    expect(document.body.querySelectorAll('*').length).toBe(0);
    expect(document.body.textContent).toBe(`${HOSTILE_SUMMARY} 2 accounts: <i>Hostile</i> & "Times", Plain Daily.`);
  });
});
