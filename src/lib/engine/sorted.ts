/** Index of the first entry of an ascending list that is not below `target` (binary search; `sorted.length` when none). */
export function lowerBound(sorted: readonly number[], target: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The one string order: UTF-16 code units, locale-independent, so every machine (and every
 * Node/ICU version) sorts ids, texts and keys alike and builds stay byte-identical.
 */
export function compareCodeUnits(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}
