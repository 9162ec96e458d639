/** Helpers for Content-Security-Policy tests. */
import type { Page } from '@playwright/test';

/** Parses a policy into directive → sources. */
export function parsePolicy(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}

/** Starts collecting CSP violations (events and console reports) on `page`; call the result to read them. */
export async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on('console', (msg) => {
    if (/Content.Security.Policy/i.test(msg.text())) console.push(msg.text());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
  });
  // Each call returns what was reported since the previous call (a new page starts a new list).
  return async () => {
    const fromPage = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp?.splice(0) ?? []);
    return [...console.splice(0), ...fromPage];
  };
}
