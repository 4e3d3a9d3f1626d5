/**
 * `npm run bench`: measures the site against its floor (bench/floor, the smallest app on
 * the same stack), both built and served side by side, in one run:
 *
 * 1. the origin under load: requests per second, p50 and p99 at 32 connections (wrk when
 *    installed, autocannon otherwise), each page divided by the same server's CSS file
 *    (the yardstick, so that figures compare across machines), with compression on and off;
 * 2. Lighthouse 12, mobile, `--runs` rounds of the floor and every page, each page's run
 *    with the median score and the spread of its runs: performance, Total Blocking Time,
 *    LCP, CLS, accessibility, best practices, SEO;
 * 3. what a reader downloads in Chromium: requests until the network is idle, compressed
 *    JavaScript, HTML (and the share of it that is the inline RSC payload).
 *
 * `--no-build` reuses both builds; `--runs N` (default 3), `--duration S` (default 10);
 * `--throttling devtools` has Lighthouse slow the CPU and network for real instead of
 * simulating it from an unthrottled load (Lighthouse's default, `simulate`).
 * Prints Markdown tables (docs/performance.md) and exits non-zero when a budget breaks.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { chromium, type Browser } from '@playwright/test';
import { findChromium } from './tools';
import { freePort, option, run, table } from './bench-support';
import { launchLighthouseChrome, lighthouseRun, medianRun, signed, spread, throttlingMethod, type LighthouseResult } from './bench-lighthouse';
import { floorPage, pages } from './bench-pages';

const runs = Number(option('--runs') ?? 3);
const duration = Number(option('--duration') ?? 10);
const throttling = throttlingMethod(option('--throttling') ?? 'simulate');
const origin = 'http://localhost:3000';

const budget = { jsBytes: 160 * 1024, rankingHtml: 100 * 1024, homeRequests: 15, lighthousePoints: 2, tbtMs: 30, lcpMs: 1500 };

interface Server {
  origin: string;
  stop: () => void;
}

/** `next start` of a project directory on a free port, in its own process group. */
async function serve(dir: string, env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  const child = spawn('npx', ['next', 'start', dir, '-p', String(port)], {
    detached: true,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', SITE_URL: origin, ...env },
  });
  const stop = () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  process.on('exit', stop);
  const base = `http://localhost:${port}`;
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; ) {
    try {
      // Read the whole answer: a body left unread holds its connection, which the server
      // closes later under the next request on it.
      const res = await fetch(`${base}/fr`);
      await res.arrayBuffer();
      if (res.status === 200) return { origin: base, stop };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  stop();
  throw new Error(`${dir} did not answer on ${base} within 60 s`);
}

const wrk = ['/usr/bin/wrk', '/usr/local/bin/wrk'].find((p) => fs.existsSync(p));

interface Load {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

/** 32 connections for `seconds`, gzip accepted, after a short warm-up. */
async function load(url: string, seconds: number): Promise<Load> {
  if (wrk) {
    const out = execFileSync(wrk, ['-t2', '-c32', `-d${seconds}s`, '--latency', '-H', 'Accept-Encoding: gzip', url], { encoding: 'utf8' });
    const ms = (label: string) => {
      const m = new RegExp(`${label}\\s+([\\d.]+)(us|ms|s)`).exec(out);
      if (!m) return NaN;
      const v = Number(m[1]);
      return Math.round(m[2] === 'us' ? v / 1000 : m[2] === 's' ? v * 1000 : v);
    };
    const errors = /Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? '0';
    const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
    return {
      rps: Math.round(Number(/Requests\/sec:\s+([\d.]+)/.exec(out)![1])),
      p50: ms('50%'),
      p99: ms('99%'),
      errors: Number(errors) + (socket ? socket.slice(1).reduce((a, b) => a + Number(b), 0) : 0),
    };
  }
  const r = await autocannon({ url, connections: 32, duration: seconds, headers: { 'accept-encoding': 'gzip' } });
  return { rps: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, errors: r.non2xx + r.errors + r.timeouts };
}

/**
 * A page's text. Tried twice: a kept-alive connection the server has since closed (Node
 * closes idle ones after 5 s, and the other server was under load meanwhile) fails once.
 */
async function textOf(url: string): Promise<string> {
  try {
    return await (await fetch(url)).text();
  } catch {
    return await (await fetch(url)).text();
  }
}

async function cssOf(server: Server): Promise<string> {
  const html = await textOf(`${server.origin}/fr`);
  return /\/_next\/static\/[^"]+\.css/.exec(html)![0];
}

async function throughput(site: Server, floor: Server, label: string) {
  const rows: (string | number)[][] = [];
  const ratios: Record<string, number> = {};
  const measure = async (server: Server, name: string, p: string, yardstick?: number) => {
    await load(server.origin + p, 2);
    const r = await load(server.origin + p, duration);
    const ratio = yardstick ? r.rps / yardstick : 1;
    ratios[name] = ratio;
    rows.push([name, p.length > 48 ? `${p.slice(0, 45)}…` : p, r.rps, yardstick ? ratio.toFixed(2) : '(yardstick)', `${r.p50} ms`, `${r.p99} ms`, r.errors]);
    return r.rps;
  };
  const siteCss = await measure(site, 'site CSS', await cssOf(site));
  for (const p of pages.filter((x) => ['home', 'story', 'ranking', 'device'].includes(x.name))) await measure(site, p.name, p.path, siteCss);
  const floorCss = await measure(floor, 'floor CSS', await cssOf(floor));
  await measure(floor, 'floor page', floorPage.path, floorCss);
  console.log(`\n## Under load, ${label} (${wrk ? 'wrk' : 'autocannon'}, 32 connections, ${duration} s after a 2 s warm-up, gzip accepted)\n`);
  console.log(table(['page', 'path', 'req/s', '÷ own CSS', 'p50', 'p99', 'errors'], rows));
  return ratios;
}

interface Download {
  requestsUntilIdle: number;
  js: number;
  html: number;
  htmlRaw: number;
  rscRaw: number;
}

async function download(browser: Browser, url: string): Promise<Download> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const types = new Map<string, string>();
  const bytes: Record<string, number> = { Script: 0, Document: 0 };
  let requests = 0;
  cdp.on('Network.requestWillBeSent', (e) => {
    requests++;
    types.set(e.requestId, e.type ?? 'Other');
  });
  const headerBytes = new Map<string, number>();
  cdp.on('Network.responseReceived', (e) => headerBytes.set(e.requestId, e.response.encodedDataLength));
  cdp.on('Network.loadingFinished', (e) => {
    const type = types.get(e.requestId) ?? 'Other';
    if (type in bytes) bytes[type]! += e.encodedDataLength - (headerBytes.get(e.requestId) ?? 0);
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(1000);
  await context.close();
  const html = await textOf(url);
  const rsc = [...html.matchAll(/<script>self\.__next_f\.push\((.*?)\)<\/script>/gs)].reduce((n, m) => n + m[1]!.length, 0);
  return { requestsUntilIdle: requests, js: bytes.Script!, html: bytes.Document!, htmlRaw: Buffer.byteLength(html), rscRaw: rsc };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

async function main() {
  const floorDir = path.join(process.cwd(), 'bench', 'floor');
  if (!process.argv.includes('--no-build')) {
    await run('npm', ['run', 'build'], { SITE_URL: origin });
    await run('npx', ['next', 'build', floorDir]);
  }
  let site = await serve('.', {});
  let floor = await serve(floorDir, {});
  let ok = true;
  try {
    const on = await throughput(site, floor, 'compression on');
    site.stop();
    floor.stop();
    site = await serve('.', { OCTET_COMPRESS: 'off' });
    floor = await serve(floorDir, { OCTET_COMPRESS: 'off' });
    await throughput(site, floor, 'compression off (a CDN compresses)');
    site.stop();
    floor.stop();
    site = await serve('.', {});
    floor = await serve(floorDir, {});
    const originOf = (p: { path: string }) => (p === floorPage ? floor : site).origin;

    const browser = await chromium.launch({ executablePath: findChromium(), args: ['--disable-background-networking', '--no-first-run', '--remote-debugging-port=0'] });
    const dl: (string | number)[][] = [];
    const downloads: Record<string, Download> = {};
    for (const p of [...pages, floorPage]) {
      const base = originOf(p);
      const d = await download(browser, base + p.path);
      downloads[p.name] = d;
      dl.push([p.name, d.requestsUntilIdle, kb(d.js), kb(d.html), kb(d.htmlRaw), kb(d.rscRaw)]);
    }
    await browser.close();

    const chrome = await launchLighthouseChrome();
    // Rounds: the floor and every page once per round, so that the machine's drift over the
    // minutes of the run weighs on all of them alike rather than on the pages measured last.
    const samples: Record<string, LighthouseResult[]> = Object.fromEntries([floorPage, ...pages].map((p) => [p.name, []]));
    try {
      for (let i = 0; i < runs; i++) {
        for (const p of [floorPage, ...pages]) samples[p.name]!.push(await lighthouseRun(originOf(p) + p.path, chrome.port, throttling));
      }
    } finally {
      chrome.kill();
    }
    const lh: Record<string, LighthouseResult> = Object.fromEntries(Object.entries(samples).map(([name, s]) => [name, medianRun(s)]));
    const f = lh.floor!;
    const lhRows = Object.entries(lh).map(([name, r]) => [
      name,
      r.performance,
      spread(samples[name]!, (s) => s.performance),
      name === 'floor' ? '–' : signed(r.performance - f.performance),
      `${r.tbt} ms`,
      `${spread(samples[name]!, (s) => s.tbt)} ms`,
      name === 'floor' ? '–' : `${signed(r.tbt - f.tbt)} ms`,
      `${(r.fcp / 1000).toFixed(2)} s`,
      `${(r.lcp / 1000).toFixed(2)} s`,
      r.cls,
      r.accessibility,
      r.bestPractices,
      r.seo,
    ]);

    console.log(`\n## Lighthouse 12, mobile, ${throttling} throttling (the run with the median score of ${runs}, in rounds), against the floor\n`);
    console.log(table(['page', 'performance', 'runs', 'vs floor', 'TBT', 'runs', 'vs floor', 'FCP', 'LCP', 'CLS', 'accessibility', 'best practices', 'SEO'], lhRows));
    console.log(`\n## What a reader downloads (Chromium: compressed bytes on the wire; HTML also uncompressed, and its inline RSC payload)\n`);
    console.log(table(['page', 'requests until idle', 'JS', 'HTML', 'HTML uncompressed', 'of which RSC payload'], dl));

    const broken: string[] = [];
    for (const p of pages) {
      const d = downloads[p.name]!;
      if (d.js > budget.jsBytes) broken.push(`${p.name}: ${kb(d.js)} of JS (budget ${kb(budget.jsBytes)})`);
      if (lh[p.name]!.cls > 0) broken.push(`${p.name}: CLS ${lh[p.name]!.cls}`);
    }
    if (downloads.ranking!.htmlRaw > budget.rankingHtml) broken.push(`ranking: ${kb(downloads.ranking!.htmlRaw)} of HTML (budget ${kb(budget.rankingHtml)})`);
    if (downloads.home!.requestsUntilIdle > budget.homeRequests) broken.push(`home: ${downloads.home!.requestsUntilIdle} requests until idle (budget ${budget.homeRequests})`);
    const targets: string[] = [];
    for (const p of pages) {
      const r = lh[p.name]!;
      if (f.performance - r.performance > budget.lighthousePoints) targets.push(`${p.name}: ${f.performance - r.performance} points under the floor`);
      if (r.tbt - f.tbt > budget.tbtMs) targets.push(`${p.name}: TBT ${r.tbt - f.tbt} ms over the floor`);
      if (r.lcp > budget.lcpMs) targets.push(`${p.name}: LCP ${(r.lcp / 1000).toFixed(2)} s`);
    }
    for (const name of ['home', 'story']) if ((on[name] ?? 0) < 0.32) targets.push(`${name}: ${on[name]!.toFixed(2)} × its CSS under load (target 0.32)`);
    console.log(`\nBudget (a broken one fails the bench): JS ≤ ${kb(budget.jsBytes)} compressed on every page, CLS 0, the Top 25 ranking ≤ ${kb(budget.rankingHtml)} of HTML, at most ${budget.homeRequests} requests until idle on the home page.`);
    console.log(broken.length ? `Broken:\n${broken.map((b) => `- ${b}`).join('\n')}` : 'Every page keeps the budget.');
    console.log(`\nTargets (reported): within ${budget.lighthousePoints} points and ${budget.tbtMs} ms of TBT of the floor, LCP ≤ ${budget.lcpMs / 1000} s, home and story ≥ 0.32 × their CSS under load.`);
    console.log(targets.length ? `Missed:\n${targets.map((t) => `- ${t}`).join('\n')}` : 'Every target is met.');
    ok = broken.length === 0;
  } finally {
    site.stop();
    floor.stop();
  }
  process.exitCode = ok ? 0 : 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
