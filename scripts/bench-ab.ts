/**
 * `npm run bench:ab -- <origin A> <origin B>`: Lighthouse on the same pages of two servers
 * already running (two builds side by side, say: before and after a change), in rounds that
 * alternate which goes first, so that the machine's drift weighs on both alike. A change is
 * worth keeping when it moves the medians by more than the spread of either side's runs;
 * one run of `npm run bench` after another cannot tell (see docs/performance.md).
 *
 * `--pages story,home` (names from scripts/bench-pages.ts; default: every page type),
 * `--runs N` (default 5), `--throttling devtools` (default: simulate). Both servers must
 * serve the same paths: start them with `next start -p <port>` on builds of the same content.
 * Prints a Markdown table of medians, each with the spread of its runs.
 */
import { option, table } from './bench-support';
import { launchLighthouseChrome, lighthouseRun, median, signed, spread, throttlingMethod, type LighthouseResult } from './bench-lighthouse';
import { pages } from './bench-pages';

const runs = Number(option('--runs') ?? 5);
const throttling = throttlingMethod(option('--throttling') ?? 'simulate');
const origins = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--'));
const names = option('--pages')?.split(',') ?? pages.map((p) => p.name);

function originOf(value: string | undefined, label: string): string {
  const url = value ? URL.parse(value) : null;
  if (!url || !/^https?:$/.test(url.protocol)) throw new Error(`${label}: give two origins, like npm run bench:ab -- http://localhost:3411 http://localhost:3412 (got "${value ?? ''}")`);
  return url.origin;
}

async function main() {
  const [a, b] = [originOf(origins[0], 'A'), originOf(origins[1], 'B')];
  const chosen = names.map((name) => {
    const page = pages.find((p) => p.name === name);
    if (!page) throw new Error(`--pages: no page "${name}" (there are ${pages.map((p) => p.name).join(', ')})`);
    return page;
  });
  const samples = new Map<string, LighthouseResult[]>();
  const chrome = await launchLighthouseChrome();
  try {
    for (let round = 0; round < runs; round++) {
      for (const page of chosen) {
        for (const [side, base] of round % 2 ? ([['B', b], ['A', a]] as const) : ([['A', a], ['B', b]] as const)) {
          // Keyed by side, not origin: A and B may be the same server, to see the noise alone.
          const key = `${side} ${page.name}`;
          const r = await lighthouseRun(base + page.path, chrome.port, throttling);
          samples.set(key, [...(samples.get(key) ?? []), r]);
          console.error(`round ${round + 1}/${runs} ${page.name} ${side}: ${r.performance} points, TBT ${r.tbt} ms, FCP ${r.fcp} ms, LCP ${r.lcp} ms`);
        }
      }
    }
  } finally {
    chrome.kill();
  }
  const cell = (s: LighthouseResult[], of: (r: LighthouseResult) => number, unit = '') => `${median(s.map(of))}${unit} (${spread(s, of)})`;
  const rows = chosen.flatMap((page) => {
    const [sa, sb] = [samples.get(`A ${page.name}`)!, samples.get(`B ${page.name}`)!];
    const diff = (of: (r: LighthouseResult) => number) => signed(median(sb.map(of)) - median(sa.map(of)));
    return [
      [page.name, 'A', cell(sa, (r) => r.performance), cell(sa, (r) => r.tbt, ' ms'), cell(sa, (r) => r.fcp, ' ms'), cell(sa, (r) => r.lcp, ' ms'), cell(sa, (r) => r.cls)],
      ['', 'B', cell(sb, (r) => r.performance), cell(sb, (r) => r.tbt, ' ms'), cell(sb, (r) => r.fcp, ' ms'), cell(sb, (r) => r.lcp, ' ms'), cell(sb, (r) => r.cls)],
      ['', 'B − A', diff((r) => r.performance), `${diff((r) => r.tbt)} ms`, `${diff((r) => r.fcp)} ms`, `${diff((r) => r.lcp)} ms`, ''],
    ];
  });
  console.log(`\n## Lighthouse 12, mobile, ${throttling} throttling: A ${a} against B ${b}, ${runs} alternating rounds (median, and the spread of the runs)\n`);
  console.log(table(['page', 'side', 'performance', 'TBT', 'FCP', 'LCP', 'CLS'], rows));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
