/**
 * `npm run bench`: builds the site, starts it on a free port and measures four pages:
 * throughput and latency under load (autocannon, 32 connections, 10 s after a warm-up),
 * then what a reader downloads in Chromium, against the performance budget.
 * `--no-build` reuses the existing build. Prints Markdown tables (see docs/performance.md).
 */
import autocannon from 'autocannon';
import { chromium } from '@playwright/test';
import { getContent } from '@/lib/content';
import { pathFor } from '@/lib/routing/paths';
import { chromiumPath, run, startServer, table } from './bench-support';

const budget = { jsBytes: 160 * 1024 };

const content = getContent();
const launch = content.story('nvidia-openai-investment')!;
const pages = [
  { name: 'home', path: '/fr' },
  { name: 'story', path: pathFor('fr', { pathname: '/news/[slug]', params: { slug: content.storySlug(launch, 'fr') } }) },
  { name: 'ranking', path: pathFor('fr', { pathname: '/top-10/[ranking]', params: { ranking: content.ranking('monitors')!.slug.fr } }) },
  { name: 'search', path: `${pathFor('fr', '/search')}?q=oled` },
];

async function load(url: string, duration: number) {
  const result = await autocannon({ url, connections: 32, duration, headers: { 'accept-encoding': 'gzip' } });
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

interface Download {
  requestsBeforeLoad: number;
  js: number;
  css: number;
  html: number;
  blocking: string[];
  cls: number;
  shifted: string[];
  unsizedImages: number;
}

async function download(browser: import('@playwright/test').Browser, url: string): Promise<Download> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number; __shifted: string[] };
    w.__cls = 0;
    w.__shifted = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node }[] })[]) {
        if (entry.hadRecentInput) continue;
        w.__cls += entry.value;
        for (const s of entry.sources) w.__shifted.push(s.node instanceof Element ? `${s.node.tagName.toLowerCase()}.${s.node.className}`.slice(0, 60) : String(s.node?.nodeName));
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const types = new Map<string, string>();
  const bytes = { Script: 0, Stylesheet: 0, Document: 0 } as Record<string, number>;
  let loaded = false;
  let beforeLoad = 0;
  cdp.on('Network.requestWillBeSent', (e) => {
    if (!loaded) beforeLoad++;
    types.set(e.requestId, e.type ?? 'Other');
  });
  // Compressed body bytes: what came over the wire for the request, less its headers.
  const headerBytes = new Map<string, number>();
  cdp.on('Network.responseReceived', (e) => headerBytes.set(e.requestId, e.response.encodedDataLength));
  cdp.on('Network.loadingFinished', (e) => {
    const type = types.get(e.requestId) ?? 'Other';
    if (type in bytes) bytes[type]! += e.encodedDataLength - (headerBytes.get(e.requestId) ?? 0);
  });
  page.on('load', () => (loaded = true));
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const measured = await page.evaluate(() => ({
    blocking: (performance.getEntriesByType('resource') as (PerformanceResourceTiming & { renderBlockingStatus?: string })[])
      .filter((r) => r.renderBlockingStatus === 'blocking')
      .map((r) => new URL(r.name).pathname),
    cls: (window as unknown as { __cls: number }).__cls,
    shifted: (window as unknown as { __shifted: string[] }).__shifted,
    unsizedImages: [...document.images].filter((img) => !img.getAttribute('width') || !img.getAttribute('height')).length,
  }));
  await context.close();
  return { requestsBeforeLoad: beforeLoad, js: bytes.Script!, css: bytes.Stylesheet!, html: bytes.Document!, ...measured };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

async function main() {
  if (!process.argv.includes('--no-build')) await run('npm', ['run', 'build']);
  const server = await startServer();
  try {
    const loadRows: (string | number)[][] = [];
    const results: Record<string, Awaited<ReturnType<typeof load>>> = {};
    for (const p of pages) {
      await load(server.origin + p.path, 2); // warm-up: caches filled, JIT warm
      const r = await load(server.origin + p.path, 10);
      results[p.name] = r;
      loadRows.push([p.name, p.path, r.rps, `${r.p50} ms`, `${r.p99} ms`, r.non2xx, r.errors]);
    }
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--disable-background-networking', '--no-first-run'] });
    const dlRows: (string | number)[][] = [];
    let ok = true;
    for (const p of pages) {
      const d = await download(browser, server.origin + p.path);
      const blockingOther = d.blocking.filter((b) => !b.endsWith('.css'));
      const cssBlocking = d.blocking.filter((b) => b.endsWith('.css'));
      const broken = [
        d.js > budget.jsBytes && 'JS',
        blockingOther.length > 0 && 'blocking JS',
        cssBlocking.length > 1 && 'several CSS',
        d.cls > 0 && `layout shift: ${d.shifted.join(', ')}`,
        d.unsizedImages > 0 && 'unsized images',
        (results[p.name]!.non2xx > 0 || results[p.name]!.errors > 0) && 'errors under load',
      ].filter(Boolean);
      const keeps = broken.length === 0;
      ok &&= keeps;
      dlRows.push([p.name, d.requestsBeforeLoad, kb(d.js), kb(d.css), kb(d.html), d.blocking.join(', ') || 'none', d.cls.toFixed(3), d.unsizedImages, keeps ? 'yes' : `NO (${broken.join(', ')})`]);
    }
    await browser.close();
    console.log(`\n## Under load (autocannon, 32 connections, 10 s after a 2 s warm-up)\n`);
    console.log(table(['page', 'path', 'req/s', 'p50', 'p99', 'non-2xx', 'errors'], loadRows));
    console.log(`\n## What a reader downloads (Chromium, compressed bytes on the wire)\n`);
    console.log(table(['page', 'requests before load', 'JS', 'CSS', 'HTML', 'render-blocking', 'CLS', 'unsized images', 'keeps budget'], dlRows));
    console.log(`\nBudget: JS ≤ ${kb(budget.jsBytes)} compressed, at most one render-blocking CSS file and nothing else, CLS 0, every image sized, no non-2xx or error under load.`);
    console.log(ok ? '\nEvery page keeps the budget.' : '\nA page breaks the budget (see above).');
    process.exitCode = ok ? 0 : 1;
  } finally {
    server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
