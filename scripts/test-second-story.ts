/**
 * `npm run test:second-story`: the proof that adding a story to content/ keeps the whole suite
 * green (tests own their data). Copies the project to a temporary folder, adds the second story of
 * tests/fixtures/second-story/ to its content/ (outlets merged into outlets.json), and runs
 * `npm test` there. Exits with that run's status.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const copy = mkdtempSync(path.join(tmpdir(), 'retold-second-story-'));
const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
for (const file of files) {
  mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
  try {
    cpSync(path.join(root, file), path.join(copy, file));
  } catch {
    /* a file deleted in the work tree but still in the index */
  }
}
symlinkSync(path.join(root, 'node_modules'), path.join(copy, 'node_modules'), 'dir');

const second = path.join(root, 'tests/fixtures/second-story');
const outletsFile = path.join(copy, 'content/outlets.json');
const outlets = [...JSON.parse(readFileSync(outletsFile, 'utf8')), ...JSON.parse(readFileSync(path.join(second, 'outlets.json'), 'utf8'))];
writeFileSync(outletsFile, `${JSON.stringify(outlets, null, 2)}\n`);
cpSync(path.join(second, 'stories'), path.join(copy, 'content/stories'), { recursive: true });
console.log(`test:second-story: ${copy}/content now holds ${outlets.length} outlets and the story harbour-wall-vote-2024; running npm test there`);

// Other ports than a checkout's own servers, so both can run.
const env = { ...process.env, RETOLD_E2E_PORT: '4499', RETOLD_E2E_HOSTILE_PORT: '4500', RETOLD_E2E_BASE_PORT: '4501', CI: '' };
const run = spawnSync('npm', ['test'], { cwd: copy, stdio: 'inherit', env });
if (run.status === 0) rmSync(copy, { recursive: true, force: true });
console.log(`test:second-story: npm test with a second story in content/ ${run.status === 0 ? 'passed' : `FAILED (status ${run.status}; copy kept at ${copy})`}`);
process.exit(run.status ?? 1);
