/** Synthetic accounts for the story-analysis tests: invented prose about an invented event. */
import type { StoryAccountInput } from '../../../src/lib/engine/story/index.ts';

/** Eight paragraphs of one original report (each long enough for a 20-word verbatim run). */
export const ORIGINAL = [
  'The new suspension bridge over the Varna estuary opened to traffic on Monday morning after eleven years of planning, delays and a lengthy dispute over the cost of its foundations.',
  'Engineers from the regional transport office walked the deck at dawn with the contractor, checking expansion joints and cables before the first lorries were allowed to cross the river.',
  'Local shopkeepers on the northern bank said the crossing would cut their delivery times in half, although several complained that tolls had been set far higher than promised.',
  'The mayor, Elena Dobreva, told reporters that the bridge was “a promise kept to every family that waited in traffic on the old ferry ramp for a decade”.',
  'Opposition councillors boycotted the ceremony, arguing that the final bill had tripled since the tender and that an independent audit of the accounts should come first.',
  'Traffic police closed the approach roads for two hours while a procession of vintage buses, fire engines and school bands crossed from the southern toll plaza to the northern end.',
  'The ferry company that served the estuary since the nineteen fifties will keep one boat running for cyclists during the summer season, its director confirmed on Sunday evening.',
  'A second phase connecting the bridge to the coastal motorway is planned for next year, subject to funding from the national infrastructure programme and approval by parliament.',
];

/**
 * A → B → C: B copies A's first six paragraphs and edits one sentence; C copies B's first
 * four paragraphs (keeping B's edit). Dates run A, B, C.
 */
export function chain(): StoryAccountInput[] {
  const b = ORIGINAL.slice(0, 6).map((p, i) => (i === 1 ? p.replace('walked the deck at dawn', 'inspected the whole deck before sunrise') : p));
  const c = b.slice(0, 4);
  return [
    { id: 'source-a', outlet: 'outlet-a', published: '2024-05-01', paragraphs: ORIGINAL },
    { id: 'copy-b', outlet: 'outlet-b', published: '2024-05-02', paragraphs: b },
    { id: 'copy-c', outlet: 'outlet-c', published: '2024-05-03', paragraphs: c },
  ];
}

/** A paragraph pool for random stories: the original plus independent rewrites. */
export const POOL = [
  ...ORIGINAL,
  'A long-awaited crossing over the estuary finally carried its first cars this week, regional officials said, ending a saga of budget overruns.',
  'Critics on the council stayed away from the opening and demanded an audit of the project, which they say cost three times the original estimate.',
  'Mayor Elena Dobreva called the bridge “a promise kept to every family that waited in traffic on the old ferry ramp for a decade”.',
  'Tolls on the bridge drew complaints from traders, who had been told the fee would be modest.',
];
