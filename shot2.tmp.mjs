import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const [url, out, w, y, h] = process.argv.slice(2);
const ctx = await b.newContext({ viewport: { width: Number(w), height: Number(h) } });
const p = await ctx.newPage();
await p.goto(url);
await p.evaluate((y) => window.scrollTo(0, Number(y)), y);
await p.screenshot({ path: out });
await b.close();
