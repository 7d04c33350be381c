import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
const [site, path, w] = [process.argv[2]!, process.argv[3]!, Number(process.argv[4] ?? 390)];
const server = spawn(process.execPath, ['tests/support/serve.mjs', `${site}:4393`], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: w, height: 800 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await browser.startTracing(page, { path: '/tmp/prof/trace.json', categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  await page.goto(`http://127.0.0.1:4393${path}`, { waitUntil: 'load' });
  await page.waitForTimeout(1500);
  await browser.stopTracing();
} finally { await browser.close(); server.kill(); }
const t = JSON.parse(readFileSync('/tmp/prof/trace.json', 'utf8'));
const ev = (t.traceEvents ?? t).filter((e: any) => e.ph === 'X' && e.dur);
const sum = new Map<string, number>();
for (const e of ev) if (['UpdateLayoutTree', 'Layout', 'ParseHTML', 'ParseAuthorStyleSheet', 'EvaluateScript', 'FunctionCall', 'Paint', 'RecalculateStyles', 'PrePaint', 'Layerize', 'HitTest', 'ScheduleStyleRecalculation', 'UpdateLayer', 'v8.compile', 'IntersectionObserverController::computeIntersections', 'RunTask'].includes(e.name)) sum.set(e.name, (sum.get(e.name) ?? 0) + e.dur / 1000);
console.log([...sum].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v.toFixed(0)}ms`).join('\n'));
const tasks = ev.filter((e: any) => e.name === 'RunTask' && e.dur > 50000).map((e: any) => { const inside = ev.filter((x: any) => x.tid === e.tid && x.ts >= e.ts && x.ts + x.dur <= e.ts + e.dur && x !== e && x.name !== 'RunTask'); const by = new Map<string, number>(); for (const x of inside) by.set(x.name, Math.max(by.get(x.name) ?? 0, x.dur / 1000)); return `task ${(e.dur / 1000).toFixed(0)}ms: ` + [...by].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', '); });
console.log(tasks.join('\n'));
