/** Display helpers shared by pages; dates are YYYY-MM-DD strings, shown in UTC so builds never depend on a time zone. */
const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A date, or the date part of a published time (`2021-05-19T18:40:00Z`). */
export const formatDate = (isoDate: string) => dateFormat.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));
/** A published date, with its time (UTC) where one is known: "19 May 2021, 18:40 UTC". */
export const formatPublished = (published: string) => (published.length > 10 ? `${formatDate(published)}, ${published.slice(11, 16)} UTC` : formatDate(published));
export const formatNumber = (n: number) => n.toLocaleString('en-GB');
export const formatCount = (n: number, one: string, many = `${one}s`) => `${formatNumber(n)} ${n === 1 ? one : many}`;
export const formatPercent = (share: number) => `${Math.round(share * 100)}%`;
/** English possessive of a name: "Press TV's", "Islam Times'". */
export const possessive = (name: string) => (/s$/i.test(name) ? `${name}’` : `${name}’s`);
/** Names accounts by id: the display name the story gives each, else the id itself (an account it does not name). */
export const accountNamer = (names: ReadonlyMap<string, string>) => (id: string): string => names.get(id) ?? id;
/** Upper-cases the first letter of a sentence. */
export const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** Cuts a text to about `max` characters at a word boundary, with an ellipsis. */
export function excerpt(text: string, max = 80): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max + 1).replace(/\s+\S*$/, '');
  return `${cut || clean.slice(0, max)}…`;
}
