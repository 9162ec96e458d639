import { describe, expect, it } from 'vitest';
import { furniturePatterns, isFurnitureLabel, scraperStamp, type FurniturePatterns } from '@lib/engine/furniture.ts';
import { languageFor, type Language } from '@lib/engine/lang/index.ts';

/*
 * The furniture patterns of a language, line by line: each pattern takes the page furniture it
 * names and leaves a sentence of article text that starts the same way. Every fixture is an
 * invented line in the shape news pages use. Patterns are compiled once per language object, so
 * each test reads them from a fresh copy of the language module (the same phrases): what it checks
 * is the compiled pattern, not one a previous test left in the cache.
 */
const fresh = (code: string): Language => ({ ...languageFor(code) });
const en = (): FurniturePatterns => furniturePatterns(fresh('en'));
const de = (): FurniturePatterns => furniturePatterns(fresh('de'));

type Single = { [K in keyof FurniturePatterns]: FurniturePatterns[K] extends RegExp ? K : never }[keyof FurniturePatterns];
const takes = (p: FurniturePatterns, field: Single, lines: string[]) => expect(lines.filter((l) => !p[field].test(l))).toEqual([]);
const leaves = (p: FurniturePatterns, field: Single, lines: string[]) => expect(lines.filter((l) => p[field].test(l))).toEqual([]);
const anyCredit = (p: FurniturePatterns, line: string) => p.credit.findIndex((re) => re.test(line));

describe('furniture patterns: stamps and dates', () => {
  it('a scraper stamp opens a capture, with its ISO date; alone on its line it is a stamp of its own', () => {
    const p = en();
    expect(p.leadingStamp.exec('date 2027-05-20 The harbour reopened on Monday.')?.[1]).toBe('2027-05-20');
    expect(p.leadingStamp.exec('Captured on: 2027-05-20T10:22:00Z Officials said the port would reopen.')?.[1]).toBe('2027-05-20');
    expect(p.leadingStamp.test('The date 2027-05-20 was set for the vote.')).toBe(false);
    // The stamp ends at a space: a line opening with a date range is not a stamp with text after it.
    expect(p.leadingStamp.test('Date 2027-05-20/2027-05-24: harbour closed for repairs')).toBe(false);
    takes(p, 'stampOnly', ['date 2027-05-20', 'ARCHIVED AT: 2027-05-20 10:22', 'retrieved 2027-05-20T10:22:05Z  ']);
    leaves(p, 'stampOnly', ['date 2027-05-20 The harbour reopened on Monday.', 'The vote is on 2027-05-20']);
  });

  it('the one scraper-stamp builder takes its words, joiners and tail', () => {
    const re = scraperStamp('date', 'on|at', '\\s*$');
    expect(re.exec('Date on: 2027-05-20')?.[1]).toBe('2027-05-20');
    expect(re.test('Date: 2027-05-20 and more')).toBe(false);
    expect(re.flags).toContain('i');
  });

  it('a date or time alone, or led by a stamp word, is a page stamp; a sentence with a date is not', () => {
    const p = en();
    takes(p, 'dateStamp', [
      'Published 12 May 2027, 10:22 GMT',
      'PUBLISHED MAY 20, 2027',
      'Updated: May 20th, 2027 | 1:30pm EDT',
      '3 hours ago',
      'Sat Mar 30, 2027',
      '2027-05-20',
      '20.05.2027',
      '10:22 a.m.',
    ]);
    leaves(p, 'dateStamp', ['The talks ended on 12 May 2027 in Geneva.', 'Published reports say three hours ago the port closed.', 'Monday']);
    takes(de(), 'dateStamp', ['Veröffentlicht am 12. Mai 2027, 10.22 Uhr', 'vor 3 Stunden', 'Aktualisiert: 20.05.2027']);
  });

  it('a stamp word leads a stamp line; a date stands somewhere in a line', () => {
    const p = en();
    takes(p, 'stampLead', ['Updated: May 20, 2027 at 10:22', 'last updated on 20 May']);
    leaves(p, 'stampLead', ['The updated figures came on Monday.']);
    takes(p, 'hasDate', ['Talks resumed on 12 May after the holiday.', 'The ferry left at 10:22.', 'It closed 2 days ago.']);
    leaves(p, 'hasDate', ['Talks resumed in the spring after the holiday.', 'The ferry left on Friday.']);
  });
});

describe('furniture patterns: controls, prompts, blocks', () => {
  it('page controls are whole lines, with bullets and closing marks, in any case', () => {
    const p = en();
    takes(p, 'control', ['Share this article', 'SHARE ON TWITTER', '• Read more »', '12 comments', 'Listen to this article', '4 min read']);
    leaves(p, 'control', ['Read more about the talks in our report on the summit.', 'Officials will share the figures on Monday.']);
    takes(de(), 'control', ['Artikel teilen', 'Weiterlesen', '3 Min. Lesezeit']);
  });

  it('a newsletter or follow prompt is a sentence of its own shape', () => {
    const p = en();
    takes(p, 'prompt', ['Sign up for our daily newsletter to get the news in your inbox.', 'Follow us on Telegram for updates from the region.']);
    leaves(p, 'prompt', ['Officials sign up volunteers for the harbour clean-up.', 'Inspectors will follow the ships on their route.']);
  });

  it('related-block headings, ad labels, consent lines', () => {
    const p = en();
    takes(p, 'related', ['Related stories', 'Most read', 'You might also like', 'More from Europe']);
    leaves(p, 'related', ['Related talks will follow next week in Geneva.']);
    takes(p, 'ad', ['Advertisement', 'Story continues below advertisement', 'SPONSORED CONTENT']);
    leaves(p, 'ad', ['The ad campaign ran for weeks before the vote.']);
    takes(p, 'consent', ['We use cookies to improve your experience.', 'Accept all', 'Privacy policy']);
    leaves(p, 'consent', ['Regulators accept the offer from the port authority.']);
  });
});

describe('furniture patterns: media', () => {
  it('video controls and timecodes, and the teaser that introduces a clip', () => {
    const p = en();
    takes(p, 'video', ['Play video', 'Now playing', '02:13', '0:45 / 2:10', '1:02:45']);
    leaves(p, 'video', ['Play resumed after the rain delay.', 'The vote was 12:13 in favour of the plan.']);
    takes(p, 'videoTeaser', ['Watch: Crowds gather at the harbour', 'VIDEO | The storm reaches the coast']);
    leaves(p, 'videoTeaser', ['Watchdogs said the vote was fair.', 'Video']);
  });

  it('gallery controls and image counters', () => {
    const p = en();
    takes(p, 'gallery', ['Photo 3 of 12', 'Image 3/12', 'Next image', '24 photos', 'In pictures']);
    leaves(p, 'gallery', ['Next week the council meets again.', 'Three of twelve ministers resigned.']);
  });

  it('credits in the forms captions use, each by its own rule', () => {
    const p = en();
    expect(anyCredit(p, 'The crowd outside the ministry (Photo by AFP)')).toBe(0);
    expect(anyCredit(p, '(File photo via Reuters)')).toBe(0);
    expect(anyCredit(p, 'Photo: Jane Doe/Getty')).toBe(1);
    expect(anyCredit(p, 'Image source, Getty Images')).toBe(1);
    expect(anyCredit(p, 'The mayor at the harbour. (Jane Doe/Reuters)')).toBe(2);
    expect(anyCredit(p, 'REUTERS/Amr Dalsh')).toBe(2);
    expect(anyCredit(p, 'The flooded square in the old town. AP Photo/Jane Mary Doe')).toBe(2);
    expect(anyCredit(p, 'Firefighters at the scene [Pool]')).toBe(3);
    expect(anyCredit(p, 'The damaged bridge (Courtesy of the ministry)')).toBe(3);
    // Sentences that hold the same words are not credits.
    for (const sentence of [
      'Photographers waited outside the ministry all day.',
      'The talks were reported by RFE/RL.',
      'The Jane Doe/Reuters interview ran on Monday and drew wide attention.',
      'The museum (photo exhibitions in the capital have drawn record crowds since it reopened) is full.',
      'The agency (courtesy of the ministry, which had refused every request for comment until Friday) said nothing.',
    ])
      expect(anyCredit(p, sentence)).toBe(-1);
  });

  it('a bracketed credit is at most a photographer and an agency (60 characters) after the media word', () => {
    const p = en();
    expect(p.credit[0]!.test(`(Photo ${'x'.repeat(60)})`)).toBe(true);
    expect(p.credit[0]!.test(`(Photo ${'x'.repeat(61)})`)).toBe(false);
    // After a credit kind the bound counts the space too: at most 40 characters up to the bracket.
    expect(p.credit[3]!.test(`(Handout ${'x'.repeat(39)})`)).toBe(true);
    expect(p.credit[3]!.test(`(Handout ${'x'.repeat(40)})`)).toBe(false);
  });

  it('image alt-text stubs', () => {
    const p = en();
    takes(p, 'mediaStub', ['Image', 'Video Poster', 'photo.jpg', 'harbour-aerial_2.webp', '[Image: aerial view of the harbour]']);
    leaves(p, 'mediaStub', ['Image matters to the mayor.', `[Image: ${'x'.repeat(80)}]`]);
  });
});

describe('furniture patterns: people and notices', () => {
  it('a byline is "By" and capitalized names, with a short tail after a comma or bar', () => {
    const p = en();
    takes(p, 'byline', ['By Jane Doe', 'BY Jane Doe', 'By Jane Doe and John Roe, Wire | May 20, 2027', 'Reporting by Omar al Farouk']);
    leaves(p, 'byline', ['By the end of the week, talks had stalled.', 'by jane doe', `By Jane Doe, ${'x'.repeat(61)}`]);
  });

  it('a machine-summary notice, a comment label, author boxes and mirror notices', () => {
    const p = en();
    takes(p, 'aiNotice', ['This summary was generated with AI.', 'AI-generated summary']);
    leaves(p, 'aiNotice', ['The summary of the talks was generous to both sides.']);
    takes(p, 'comment', ['Comment: the army says this after every attack.', "Editor's note: this story was updated."]);
    leaves(p, 'comment', ['Comments from the minister were brief.']);
    expect(p.authorBox[0]!.test('About the author: Jane Doe covers the harbour.')).toBe(true);
    expect(p.authorBox[1]!.test('Jane Doe writes about ports. Follow her on Twitter.')).toBe(true);
    expect(p.authorBox[2]!.test('Jane Mary Doe is a reporter for the Gazette.')).toBe(true);
    expect(p.authorBox.some((re) => re.test('The mayor is a former reporter who knows the port.'))).toBe(false);
    takes(p, 'mirror', ['This site can also be accessed at example.org and example.net', 'Alternative addresses: example.org']);
    leaves(p, 'mirror', ['The site can be reached by ferry.']);
  });
});

describe('patterns per language', () => {
  it('each language compiles its own phrases', () => {
    const lang = fresh('en');
    const german = furniturePatterns(fresh('de'));
    expect(german.control.test('Artikel teilen')).toBe(true);
    expect(furniturePatterns(lang).control.test('Artikel teilen')).toBe(false);
  });
});

describe('furniture labels the segmenter may split off', () => {
  it('is a control, a related heading, an ad label, a video or a gallery control', () => {
    const lang = fresh('en');
    for (const label of ['Share this article', 'Related stories', 'Advertisement', 'Play video', 'Next image']) expect(isFurnitureLabel(label, lang)).toBe(true);
    for (const other of ['By Jane Doe', 'Published 12 May 2027', 'We use cookies to improve your experience.', 'The harbour reopened.'])
      expect(isFurnitureLabel(other, lang)).toBe(false);
  });
});
