/** Doubled letters collapsed (travelled/traveled, Gaddafi/Gadafi): a spelling fold every alphabetic script shares. */
export function collapseDoubles(key: string): string {
  return key.replace(/(\p{L})\1+/gu, '$1');
}
