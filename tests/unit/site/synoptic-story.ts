/**
 * An invented story for the synopsis and timeline tests (written for them, not taken from the
 * seeds): a wire report and its revision the same afternoon, a site reprinting the report's
 * opening under its page furniture, a blog reposting it with comments interleaved, and an
 * independent report that quotes the harbour master in its own words around the same quote.
 */
import type { StoryAccountInput } from '../../../src/lib/engine/story/index.ts';

const QUOTE = '“We have never seen the water rise this fast in March, and we will not reopen the quay until the engineers have checked every mooring,” the harbour master, Ilse Varga, told reporters.';

export const WIRE_FIRST = [
  'Flood barriers failed along the old harbour of Kestrel Bay early on Tuesday, sending seawater into the fish market and forcing the evacuation of about two hundred residents from the lower town.',
  'The coastguard said a storm surge of nearly two metres overtopped the northern breakwater shortly after four in the morning, hours before the high tide that forecasters had warned about.',
  QUOTE,
  'Emergency crews pumped water from the basements of the market hall through the morning while volunteers carried crates of ice and equipment up the hill to the school gymnasium.',
  'The regional council had approved funds to raise the breakwater two years ago, but the contract was suspended last autumn after a dispute with the builder over the price of granite.',
  'Ferries to the outer islands were cancelled for the day, and the port authority said it would decide on Wednesday morning whether the evening sailings could resume.',
];

/** The afternoon revision: new lede figures, one paragraph dropped, one added, a sentence reworded. */
export const WIRE_UPDATE = [
  'Flood barriers failed along the old harbour of Kestrel Bay early on Tuesday, sending seawater into the fish market and forcing the evacuation of about three hundred residents from the lower town.',
  'The coastguard said a storm surge of nearly two metres overtopped the northern breakwater shortly after four in the morning, hours before the high tide that forecasters had warned about.',
  QUOTE,
  'Emergency crews pumped water from the basements of the market hall through the morning while volunteers carried crates of ice and equipment up the hill to the school gymnasium.',
  'Ferries to the outer islands were cancelled for the day, and the port authority said it would decide on Wednesday morning whether the evening sailings could resume.',
  'By the afternoon the water had receded from the market square, and the council said residents of the lower town could return to their homes before nightfall if the barriers held.',
];

export const REPRINT = ['Home / Europe / Coast', ...WIRE_FIRST.slice(0, 4), 'SHARE THIS ARTICLE'];

export const ANNOTATED = [
  WIRE_FIRST[0]!,
  'Comment: Anyone who has lived on this coast knew the breakwater was too low.',
  WIRE_FIRST[1]!,
  QUOTE,
  'Comment: Notice that nobody asks why the contract was suspended.',
  WIRE_FIRST[3]!,
  WIRE_FIRST[4]!,
];

export const INDEPENDENT = [
  'Residents of the lower town in Kestrel Bay spent Tuesday night in a school gymnasium after the sea broke through the harbour defences and flooded the streets around the fish market.',
  '“We have never seen the water rise this fast in March, and we will not open the quay again until the engineers have checked every mooring,” said Ilse Varga, the harbour master.',
  'Fishermen said they had warned the council for years that the northern breakwater was crumbling, and several boats were torn from their moorings during the night.',
  'The mayor promised an inquiry into why work on the breakwater stopped last autumn, and said the town would ask the national government for emergency funds this week.',
];

export function synopticStory(): StoryAccountInput[] {
  return [
    { id: 'wire-first', outlet: 'wire', published: '2025-03-04T09:15:00Z', paragraphs: WIRE_FIRST },
    { id: 'wire-update', outlet: 'wire', published: '2025-03-04T13:40:00Z', paragraphs: WIRE_UPDATE, relation: { kind: 'revision', of: 'wire-first' } },
    { id: 'reprint', outlet: 'reprint-site', published: '2025-03-04', paragraphs: REPRINT },
    { id: 'annotated', outlet: 'blog', published: '2025-03-05', paragraphs: ANNOTATED },
    { id: 'independent', outlet: 'daily', published: '2025-03-05', paragraphs: INDEPENDENT },
  ];
}

export const QUOTE_START = '“We have never seen the water rise';

/** Reader-facing names of the fixture's accounts. */
export const NAMES = new Map([
  ['wire-first', 'Wire (morning)'],
  ['wire-update', 'Wire (afternoon)'],
  ['reprint', 'Reprint Site'],
  ['annotated', 'Blog'],
  ['independent', 'Daily'],
]);
