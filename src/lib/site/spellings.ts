/**
 * Other spellings of the names an account uses ("Sergey Lavrov" here, "Sergei Lavrov" elsewhere),
 * from the story's variants. The account page prints them, so a reader learns the other form and
 * a search for either spelling finds every account that names the person.
 */
import type { Variant } from '../engine/story/types.ts';

export interface Spelling {
  /** The form this account uses (in context: "Sergey Lavrov"). */
  here: string;
  /** The forms other accounts use. */
  elsewhere: string[];
}

export function otherSpellings(variants: readonly Variant[], version: string): Spelling[] {
  const out: Spelling[] = [];
  for (const v of variants) {
    if (v.kind !== 'name') continue;
    const own = v.forms.find((f) => f.versions.includes(version));
    if (!own) continue;
    const elsewhere = v.forms.filter((f) => f !== own && f.versions.some((x) => x !== version)).map((f) => f.context ?? f.text);
    if (elsewhere.length) out.push({ here: own.context ?? own.text, elsewhere });
  }
  return out;
}
