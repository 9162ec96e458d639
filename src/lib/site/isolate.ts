/**
 * Sentences the site composes around reader-supplied values ("Press TV’s and RFE/RL’s texts…"):
 * the values (outlet names, headlines) come from content and may hold bidirectional controls such
 * as U+202E, which would reorder the words and figures after them. `isolatedParts` cuts a sentence
 * into the values it embeds and the text between, so each value can be rendered in a `<bdi>`.
 */
export interface SentencePart {
  text: string;
  /** True for an embedded value: render it isolated. */
  value: boolean;
}

/** The sentence as parts; every occurrence of each value (longest first, so "A B" wins over "A") is one part. */
export function isolatedParts(sentence: string, values: readonly string[]): SentencePart[] {
  const wanted = [...new Set(values.filter((v) => v.length > 0))].sort((x, y) => y.length - x.length);
  const parts: SentencePart[] = [];
  let plain = '';
  for (let at = 0; at < sentence.length; ) {
    const value = wanted.find((v) => sentence.startsWith(v, at));
    if (value) {
      if (plain) parts.push({ text: plain, value: false });
      parts.push({ text: value, value: true });
      plain = '';
      at += value.length;
    } else {
      plain += sentence[at];
      at++;
    }
  }
  if (plain) parts.push({ text: plain, value: false });
  return parts;
}
