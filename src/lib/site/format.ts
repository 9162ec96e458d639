/** Display helpers shared by pages; dates are YYYY-MM-DD strings, shown in UTC so builds never depend on a time zone. */
const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export const formatDate = (isoDate: string) => dateFormat.format(new Date(`${isoDate}T00:00:00Z`));
export const formatCount = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
export const formatPercent = (share: number) => `${Math.round(share * 100)}%`;
