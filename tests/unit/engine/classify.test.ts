import { describe, expect, it } from 'vitest';
import { segmentAccount } from '@lib/engine/segment.ts';
import { loadSeed } from './seeds.ts';

const labels = (...paragraphs: string[]) =>
  segmentAccount({ id: 't', paragraphs }).segments.map((s) => [s.text.trim(), s.kind, s.reason ?? null]);

const BODY = 'The minister said the talks had been useful and would continue next month.';

describe('classify: general rules, not the seeds', () => {
  it('labels breadcrumbs and the headline/standfirst lines at the top', () => {
    expect(labels('Home › World › Europe', 'Ministers agree to keep talking', 'A short standfirst without a full stop', BODY)).toEqual([
      ['Home › World › Europe', 'boilerplate', 'breadcrumb'],
      ['Ministers agree to keep talking', 'boilerplate', 'furniture'],
      ['A short standfirst without a full stop', 'boilerplate', 'furniture'],
      [BODY, 'text', null],
    ]);
  });
  it('stops the top scan at the first sentence', () => {
    const out = labels(BODY, 'A line without a full stop');
    expect(out.map(([, k]) => k)).toEqual(['text', 'text']);
  });
  it('labels photo captions with their credit, as a whole paragraph', () => {
    expect(labels(BODY, 'The two ministers shake hands in Geneva. (Photo by Reuters)', BODY).map(([, k, r]) => `${k}/${r}`)).toEqual([
      'text/null', 'boilerplate/caption', 'boilerplate/caption', 'text/null',
    ]);
  });
  it('labels share buttons, and footer lines next to them', () => {
    expect(labels(BODY, 'Share this story', 'Example News Radio').map(([, k, r]) => `${k}/${r}`)).toEqual([
      'text/null', 'boilerplate/share', 'boilerplate/share',
    ]);
  });
  it('labels a mirror notice and the addresses after it', () => {
    expect(labels(BODY, 'Our site can also be accessed at these addresses:', 'www.example.org', 'https://example.net/').map(([, , r]) => r)).toEqual([
      null, 'mirror', 'mirror', 'mirror',
    ]);
  });
  it('labels an author box at the end and what follows it', () => {
    expect(labels(BODY, BODY, 'Jane Roe is a senior correspondent for Example News.', 'Contact her at desk.').map(([, , r]) => r)).toEqual([
      null, null, 'author', 'author',
    ]);
    expect(labels(BODY, 'Author: Jane Roe').map(([, , r]) => r)).toEqual([null, 'author']);
    // Position matters: the same line far from the end is left alone.
    expect(labels(BODY, 'Author: Jane Roe', BODY, BODY, BODY, BODY).map(([, , r]) => r)[1]).toBe(null);
  });
  it('labels interleaved "Comment:" paragraphs as interpolation', () => {
    expect(labels(BODY, 'Comment: I do not believe this. Nobody should.', BODY).map(([, k]) => k)).toEqual([
      'text', 'interpolation', 'interpolation', 'text',
    ]);
  });
  it('keeps agency credit lines as article text (documented decision)', () => {
    expect(labels(BODY, 'With reporting by Reuters and AP').map(([, k]) => k)).toEqual(['text', 'text']);
  });
  it('leaves a lone unpunctuated line alone: furniture needs body text below it', () => {
    expect(labels('Ministers agree to keep talking').map(([, k]) => k)).toEqual(['text']);
  });
  it('treats HTML-looking text as plain text', () => {
    expect(labels('<p>The talks went well.</p> <script>x()</script>').every(([, k]) => k === 'text')).toBe(true);
  });
});

describe('classify: the seeds', () => {
  const kinds = (id: Parameters<typeof loadSeed>[0]) => segmentAccount(loadSeed(id)).segments;
  it('Press TV: breadcrumb, headline, caption, mirror and share footer', () => {
    const s = kinds('press-tv');
    expect(s.slice(0, 4).map((x) => x.reason)).toEqual(['breadcrumb', 'furniture', 'caption', 'caption']);
    expect(s.slice(-4).map((x) => x.reason)).toEqual(['mirror', 'mirror', 'share', 'share']);
    expect(s.slice(4, -4).every((x) => x.kind === 'text')).toBe(true);
  });
  it('Antiwar.com: headline and standfirst on top, author box at the end', () => {
    const s = kinds('antiwar');
    expect(s.slice(0, 2).map((x) => x.reason)).toEqual(['furniture', 'furniture']);
    expect(s.slice(-2).map((x) => x.reason)).toEqual(['author', 'author']);
    expect(s.slice(2, -2).every((x) => x.kind === 'text')).toBe(true);
  });
  it('the repost: exactly the four Comment: paragraphs are interpolation', () => {
    const s = kinds('rferl-annotated-repost').filter((x) => x.kind !== 'text');
    expect(s).toHaveLength(4);
    for (const x of s) expect(x.text.startsWith('Comment:')).toBe(true);
  });
  it('RFE/RL and Islam Times: all text once the stamp is stripped; the stamp is boilerplate', () => {
    expect(kinds('rferl').every((x) => x.kind === 'text')).toBe(true);
    expect(kinds('islam-times').every((x) => x.kind === 'text')).toBe(true);
    const stamped = segmentAccount(loadSeed('islam-times', { keepStamp: true })).segments;
    expect(stamped[0]!.reason).toBe('stamp');
    expect(stamped.slice(1).every((x) => x.kind === 'text')).toBe(true);
  });
});
