/**
 * Hostile content: a link to an original or an outlet homepage is rendered as `<a href>`, so a
 * `javascript:` or `data:` address would run when a reader clicks it. The content model accepts
 * http(s) addresses only, and the build names the file and the field.
 */
import { describe, expect, it } from 'vitest';
import { ContentError, loadCorpus } from '@lib/content/corpus.ts';
import { outletSchema, versionSchema } from '@lib/content/schema.ts';
import { STORY, copyContent, editFile } from '../content/fixtures.ts';

const ATTRIBUTION = { method: 'named', evidence: 'e' } as const;
const HOSTILE = ['javascript:alert(1)', 'JavaScript:alert(document.cookie)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'file:///etc/passwd'];

describe('links in content are web addresses only', () => {
  it.each(HOSTILE)('an account url of %s is refused', (url) => {
    const result = versionSchema.safeParse({ outlet: 'rferl', published: '2021-05-20', url, attribution: ATTRIBUTION });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('expected the original URL as a full URL (http or https)');
  });

  it.each(HOSTILE)('an outlet homepage of %s is refused', (homepage) => {
    const result = outletSchema.safeParse({ id: 'x', name: 'X', homepage, description: 'd' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['homepage']);
  });

  it('http and https addresses, even with markup in the query, are accepted as data', () => {
    for (const url of ['https://example.org/a?b="><script>alert(1)</script>', 'http://example.org/', 'HTTPS://EXAMPLE.ORG/x']) {
      expect(versionSchema.safeParse({ outlet: 'rferl', published: '2021-05-20', url, attribution: ATTRIBUTION }).success).toBe(true);
    }
  });

  it('the build names the file and the field', async () => {
    const dir = copyContent();
    const file = editFile(dir, `stories/${STORY}/antiwar.md`, (t) => t.replace('\nauthor:', '\nurl: "javascript:alert(1)"\nauthor:'));
    const error = (await loadCorpus(dir).catch((e: unknown) => e)) as ContentError;
    expect(error).toBeInstanceOf(ContentError);
    expect(error.problems).toEqual([expect.objectContaining({ file, field: 'url' })]);
    expect(error.message).toContain(`${file} › url: expected the original URL as a full URL (http or https)`);
  });
});
