/**
 * Per account: what only it says, and what it leaves out that at least two
 * other accounts carry ("two others" rather than "any other", so that one
 * outlet's own material does not count as everyone else's omission).
 */
import type { AccountCoverage, PassageCluster, StoryAccount } from './types.ts';

export function buildCoverage(accounts: readonly StoryAccount[], clusters: readonly PassageCluster[], leftOutMinOthers = 2): AccountCoverage[] {
  return accounts.map((acc) => {
    const carried = clusters.filter((c) => c.members.some((m) => m.version === acc.id));
    return {
      version: acc.id,
      only: carried.filter((c) => c.members.length === 1).map((c) => c.id),
      leftOut: clusters.filter((c) => !c.members.some((m) => m.version === acc.id) && c.members.length >= leftOutMinOthers).map((c) => c.id),
      carried: carried.length,
      interpolations: acc.segments.filter((s) => s.kind === 'interpolation').length,
    };
  });
}
