/**
 * Finds a Chromium for Playwright: its own build where installed, else the system's (Debian's
 * `chromium` package). Where neither exists, the test run stops with instructions.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Flags for a sandboxed root container with no network but the registries. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function findChromium(): string | undefined {
  const bundled = (() => {
    try {
      return chromium.executablePath();
    } catch {
      return undefined;
    }
  })();
  if (bundled && existsSync(bundled)) return undefined; // Playwright uses its own build by default.
  const system = SYSTEM_CHROMIUM.find((candidate) => existsSync(candidate));
  if (system) return system;
  throw new Error(
    [
      'No Chromium found for the browser tests.',
      'Install one of:',
      '  - Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium   (gives /usr/bin/chromium)',
      "  - anywhere with internet access to Playwright's CDN: npx playwright install chromium",
    ].join('\n'),
  );
}
