import { describe, expect, it } from 'vitest';
import { isolatedParts } from '@lib/site/isolate.ts';

describe('isolatedParts', () => {
  it('cuts a composed sentence into its embedded values and the text between, losing nothing', () => {
    const sentence = '\u202Eevil Post’s and Plain Daily’s texts are the same: 100% of \u202Eevil Post’s words';
    const parts = isolatedParts(sentence, ['\u202Eevil Post', 'Plain Daily']);
    expect(parts.map((p) => p.text).join('')).toBe(sentence);
    expect(parts.filter((p) => p.value).map((p) => p.text)).toEqual(['\u202Eevil Post', 'Plain Daily', '\u202Eevil Post']);
  });
  it('prefers the longer of two overlapping values', () => {
    expect(isolatedParts('RFE/RL (earlier) and RFE/RL', ['RFE/RL', 'RFE/RL (earlier)'])).toEqual([
      { text: 'RFE/RL (earlier)', value: true }, { text: ' and ', value: false }, { text: 'RFE/RL', value: true },
    ]);
  });
  it('a sentence without the values is one plain part', () => {
    expect(isolatedParts('No names here.', ['X', ''])).toEqual([{ text: 'No names here.', value: false }]);
  });
});
