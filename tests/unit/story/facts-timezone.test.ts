import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/*
 * Dates are read in UTC whatever the machine's zone (`facts.ts` readEnglish passes
 * `timezone: 'UTC'` to compromise-dates): a date's day is the day the text names, so a build in
 * Auckland judges a slot as a build in London does. The zone reaches compromise only through TZ
 * at process start, so the slots are judged in a child process (`fact-zone-probe.mjs`).
 * Invented sentence; accounts published Thursday 20 May 2027.
 */
const PROBE = fileURLToPath(new URL('./fact-zone-probe.mjs', import.meta.url));

function judgedIn(zone: string, slots: Array<[string, string, string, string]>): string[] {
  const run = spawnSync(process.execPath, [PROBE, JSON.stringify(['2027-05-20', ...slots])], { env: { ...process.env, TZ: zone }, encoding: 'utf8', timeout: 120_000 });
  expect(run.stderr.replace(/^.*ExperimentalWarning.*$|^\(Use `node --trace-warnings.*$/gmu, '').trim(), 'the probe writes no error').toBe('');
  return run.stdout.trim().split('\n');
}

describe('dates in any zone', () => {
  it('reads a date a week back on its own day far east of UTC (the weekday window holds it)', () => {
    // 13 May 2027 was the Thursday a week before publication: read as local midnight in Auckland
    // (UTC+12), it would start on 12 May in UTC, eight days back, outside the window.
    expect(judgedIn('Pacific/Auckland', [
      ['The ceasefire talks ended ', 'on Thursday', 'on May 13', ' in Geneva.'],
      // Control: eight days back (a Wednesday) is outside the window.
      ['The ceasefire talks stalled ', 'on Thursday', 'on May 12', ' in Geneva.'],
    ])).toEqual(['date:equivalent', 'date:conflict']);
  }, 180_000);
});
