import { describe, expect, it } from 'vitest';
import { segmentAccount } from '@lib/engine/index.ts';

/*
 * A caption is a sentence or two and a credit. A credit form inside a long paragraph is article
 * text (a scraper glued a caption into the prose, or the reporter quotes the credit): labelling
 * the whole paragraph as furniture would hide a hundred words of the report.
 */
const kinds = (...paragraphs: string[]) => segmentAccount({ id: 'x', paragraphs }).segments.map((s) => `${s.kind}/${s.reason ?? null}`);

const LEAD = 'Fishing delegations from both coasts met in the harbour town of Skarvik on Monday.';
const CREDITED = 'The two ministers shook hands on the steps outside. (Photo by Reuters)';
const LONG = [
  'The delegations met for six hours in the old customs house on the quay, a building the city restored last spring for exactly this kind of gathering.',
  'Both sides brought maps of the disputed fishing grounds and a list of the boats seized over the past two seasons.',
  'By evening they had agreed to release the crews, though not the catches, and to meet again before the herring season opens.',
  'Observers from the coast guard sat in on the final hour and described the mood as tired but cordial.',
  CREDITED,
].join(' ');

describe('caption length guard', () => {
  it('a short paragraph with a credit is a caption', () => {
    expect(kinds(LEAD, CREDITED)).toEqual(['text/null', 'boilerplate/caption', 'boilerplate/caption']);
  });
  it('a paragraph of more than 80 words with the same credit stays article text', () => {
    expect(LONG.split(/\s+/).length).toBeGreaterThan(80);
    const out = kinds(LEAD, LONG);
    expect(out.length).toBeGreaterThan(5);
    expect(out.every((k) => k === 'text/null')).toBe(true);
  });
});
