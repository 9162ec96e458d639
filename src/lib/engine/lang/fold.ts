import type { NameSpelling } from './types.ts';

/** Doubled letters collapsed (travelled/traveled, Gaddafi/Gadafi): a spelling fold every alphabetic script shares. */
export function collapseDoubles(key: string): string {
  return key.replace(/(\p{L})\1+/gu, '$1');
}

/**
 * Name-spelling rules for a language written in the Latin alphabet (`Language.names`), given its
 * spelling fold: one name's spellings share a consonant skeleton once folded and with the vowels
 * and `y` after the first letter dropped (Sergei/Sergey, Müller/Mueller once keys have lost their
 * umlauts); a final vowel may give way to an ending (Ukraine → Ukrainian).
 */
export function latinNameSpelling(fold: (key: string) => string): NameSpelling {
  return {
    skeleton(key: string): string {
      const s = fold(key);
      return (s[0] ?? '') + s.slice(1).replace(/[aeiouy]/g, '').replace(/(.)\1+/g, '$1');
    },
    endsInVowel: (key: string) => /[aeiouy]$/u.test(key),
  };
}
