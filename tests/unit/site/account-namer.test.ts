import { describe, expect, it } from 'vitest';
import { accountNamer } from '@lib/site/format.ts';

// The one rule for naming an account by id (view models and story components use it).
describe('accountNamer', () => {
  it("gives the story's display name of an account, else its id", () => {
    const name = accountNamer(new Map([['press-tv', 'Press TV']]));
    expect(name('press-tv')).toBe('Press TV');
    expect(name('rferl')).toBe('rferl');
    expect(accountNamer(new Map([['x', '']]))('x')).toBe('');
  });
});
