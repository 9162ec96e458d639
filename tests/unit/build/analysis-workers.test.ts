/**
 * When the build starts analysis worker threads (analysis-pool.ts `worthWorkers`): a worker loads
 * the engine, its language models and the card renderer before its first job, so a rebuild with a
 * story or two to analyse does them on the build's own thread, and a cold build of an archive uses
 * every core.
 */
import { describe, expect, it } from 'vitest';
import { worthWorkers } from '../../../src/lib/site/analysis-pool.ts';

describe('starting the analysis workers', () => {
  it('leaves a rebuild after one change (one story, or the few an edit touches) to the build’s thread', () => {
    for (const stories of [0, 1, 2, 3, 4]) expect(worthWorkers(stories, 2), `${stories} stories`).toBe(false);
  });
  it('starts them for an archive: from 5 stories at 2 workers, sooner with more cores', () => {
    expect(worthWorkers(5, 2)).toBe(true);
    expect(worthWorkers(1_000, 2)).toBe(true);
    // 8 workers: the start-up is shared by more cores, so 3 stories are already worth it.
    expect(worthWorkers(2, 8)).toBe(false);
    expect(worthWorkers(3, 8)).toBe(true);
  });
  it('never with fewer than two workers (a machine with one core gains nothing from one)', () => {
    expect(worthWorkers(1_000, 1)).toBe(false);
    expect(worthWorkers(1_000, 0)).toBe(false);
  });
});
