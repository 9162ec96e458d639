import { describe, expect, it } from 'vitest';
import { segmentAccount } from '@lib/engine/index.ts';
import { loadPages, scoreFurniture } from './furniture-eval.ts';

describe('furniture on pages in the shape of eleven kinds of news pages', () => {
  it('has at least 10 pages; precision and recall ≥ 95% (npm run eval:furniture)', () => {
    const pages = loadPages();
    expect(pages.length).toBeGreaterThanOrEqual(10);
    const s = scoreFurniture(pages);
    expect(s.precision, s.mistakes.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(s.recall, s.mistakes.join('\n')).toBeGreaterThanOrEqual(0.95);
  });
  it('held-out pages (written after the rules): precision ≥ 95%, recall ≥ 90%', () => {
    const s = scoreFurniture(loadPages('heldout'));
    expect(s.precision, s.mistakes.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(s.recall, s.mistakes.join('\n')).toBeGreaterThanOrEqual(0.9);
  });
});

const reasons = (...paragraphs: string[]) => segmentAccount({ id: 'x', paragraphs }).segments.map((s) => [s.text.trim(), s.reason ?? null]);

describe('glued furniture is split off the sentence', () => {
  it('said.Related Stories and said.RELATED STORIES', () => {
    expect(reasons('The minister said the talks would go on, officials said.Related Stories')).toEqual([
      ['The minister said the talks would go on, officials said.', null],
      ['Related Stories', 'related'],
    ]);
    expect(reasons('The talks would go on, officials said.RELATED STORIES')).toEqual([
      ['The talks would go on, officials said.', null],
      ['RELATED STORIES', 'related'],
    ]);
  });
  it('a label glued before the next sentence: AdvertisementThe minister …', () => {
    expect(reasons('The minister arrived on Monday. AdvertisementThe talks began an hour later.')).toEqual([
      ['The minister arrived on Monday.', null],
      ['Advertisement', 'ad'],
      ['The talks began an hour later.', null],
    ]);
  });
  it('camel-case names are not split (McDonald, iPhone)', () => {
    expect(reasons('Ruth McDonald bought an iPhone in Halvik on Monday.')).toHaveLength(1);
  });
});

describe('credits are forms, not words', () => {
  it('a caption with a photographer/agency credit is a caption; a sentence naming the agency is text', () => {
    expect(reasons('A rescuer in Brenmouth. (Mara Lind/Reuters)').map(([, r]) => r)).toEqual(['caption', 'caption']);
    expect(reasons('Getty Images said it had sold the photographs to Reuters and AFP.').map(([, r]) => r)).toEqual([null]);
    expect(reasons('Moscow fined RFE/RL for violating the law.').map(([, r]) => r)).toEqual([null]);
  });
  it('a sentence that opens with a control word is text: "Follow-up talks …", "Save the Children …"', () => {
    expect(reasons('Follow-up talks are planned for June, officials said.', 'Save the Children said it would follow the case and email its members.').map(([, r]) => r)).toEqual([null, null]);
    expect(reasons('Sign up for our morning briefing to get the news first.', 'Follow us on Telegram').map(([, r]) => r)).toEqual(['share', 'share']);
  });
  it('a byline needs names: "By the end of the week" is a sentence start', () => {
    expect(reasons('By Jane Holt', 'By the end of the week 14 diplomats had left').map(([, r]) => r)).toEqual(['byline', null]);
  });
});
