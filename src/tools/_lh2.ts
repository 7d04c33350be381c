import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
const server = spawn(process.execPath, ['tests/support/serve.mjs', `/tmp/bench-1000/out-seed:4391`], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
try {
  const r = await lighthouse('http://127.0.0.1:4391/readings/mek-role-toxify-political-debate/', { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  writeFileSync('/tmp/prof/lhr-seed.json', JSON.stringify(r!.lhr));
  const a = r!.lhr.audits;
  console.log('score', r!.lhr.categories.performance!.score, 'TBT', a['total-blocking-time']!.numericValue);
  console.log(JSON.stringify((a['long-tasks']!.details as any)?.items?.slice(0, 10)));
  console.log(JSON.stringify((a['bootup-time']!.details as any)?.items?.slice(0, 5)));
  console.log(JSON.stringify((a['main-thread-tasks']!.details as any)?.items?.filter((t: any) => t.duration > 20).slice(0, 15)));
} finally { chrome.kill(); server.kill(); }
