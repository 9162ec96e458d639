import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/e2e/browser.ts';

// Three built sites, each served by `astro preview` (`npm run test:e2e` builds all three first):
// dist-seed/ (tests/fixtures/seed-content), dist-hostile/ (tests/fixtures/hostile) and dist-base/ (under /retold/).
// Ports can be moved (RETOLD_E2E_PORT…) when another checkout's servers hold the defaults.
const PORT = Number(process.env.RETOLD_E2E_PORT ?? 4399);
const HOSTILE_PORT = Number(process.env.RETOLD_E2E_HOSTILE_PORT ?? 4400);
const BASE_PORT = Number(process.env.RETOLD_E2E_BASE_PORT ?? 4401);
const SUB_PATH = '/retold/';
const executablePath = findChromium();
const browser = { ...devices['Desktop Chrome'], launchOptions: { executablePath, args: CHROMIUM_ARGS } };
const previewEnv = { ASTRO_PREVIEW_BACKGROUND: '0', ASTRO_TELEMETRY_DISABLED: '1' };
const server = (port: number, outDir: string, path = '/', env: Record<string, string> = {}) => ({
  // --ignore-lock: several previews of one project run side by side (Astro 7 allows one per lock file).
  command: `astro preview --ignore-lock --host 127.0.0.1 --port ${port} --outDir ${outDir}`,
  url: `http://127.0.0.1:${port}${path}`,
  reuseExistingServer: !process.env.CI,
  timeout: 60_000,
  env: { ...previewEnv, ...env },
});

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'chromium', testIgnore: [/hostile.*\.spec\.ts/, 'subpath.spec.ts'], use: browser },
    { name: 'hostile', testMatch: /hostile.*\.spec\.ts/, use: { ...browser, baseURL: `http://127.0.0.1:${HOSTILE_PORT}` } },
    { name: 'subpath', testMatch: 'subpath.spec.ts', use: { ...browser, baseURL: `http://127.0.0.1:${BASE_PORT}${SUB_PATH}` } },
  ],
  // The hostile and sub-path sites are served when built (their tests say how to build them otherwise),
  // so a spec of the seed site alone runs after `npm run build:seed`.
  webServer: [
    server(PORT, 'dist-seed'),
    ...(existsSync(new URL('dist-hostile/index.html', import.meta.url)) ? [server(HOSTILE_PORT, 'dist-hostile')] : []),
    ...(existsSync(new URL('dist-base/index.html', import.meta.url)) ? [server(BASE_PORT, 'dist-base', SUB_PATH, { RETOLD_BASE: SUB_PATH })] : []),
  ],
});
