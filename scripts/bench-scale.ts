/**
 * `npm run bench:scale`: generates synthetic archives (1,000 and 10,000 stories, French,
 * with an English translation for one in five) in a temporary folder and measures what a
 * growing archive costs: loading and validating the content, peak memory, the build, and
 * the first request of a story that was not prerendered, and search: building the index,
 * ordinary queries and hostile ones made to cost as much as the bounds allow
 * (scripts/bench-search.ts). `--sizes 1000` picks the sizes.
 * Everything it creates (content, build folders) is removed at the end.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateArchive } from './bench-archive';
import { run, startServer, table } from './bench-support';

const root = process.cwd();
const sizesArg = process.argv.indexOf('--sizes');
const sizes = sizesArg > 0 ? process.argv[sizesArg + 1]!.split(',').map(Number) : [1000, 10000];

async function timed(url: string) {
  const started = performance.now();
  const res = await fetch(url);
  await res.arrayBuffer();
  return { status: res.status, ms: Math.round(performance.now() - started) };
}

async function main() {
  const rows: (string | number)[][] = [];
  const searchRows: (string | number)[][] = [];
  // next build adds its distDir to the tsconfig it uses: give it a throwaway one.
  const tsconfig = path.join(root, 'tsconfig.bench.json');
  fs.writeFileSync(tsconfig, JSON.stringify({ extends: './tsconfig.json' }));
  for (const count of sizes) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `octet-scale-${count}-`));
    const distDir = `.next-scale-${count}`;
    try {
      generateArchive(dir, count);
      const loadReport = JSON.parse(execFileSync('npx', ['tsx', 'scripts/bench-load.ts', dir], { encoding: 'utf8' }).trim().split('\n').at(-1)!);
      if (loadReport.problems > 0) throw new Error(`generated content is invalid: ${JSON.stringify(loadReport.firstProblem)}`);
      const searchReport = JSON.parse(execFileSync('npx', ['tsx', 'scripts/bench-search.ts', dir], { encoding: 'utf8' }).trim().split('\n').at(-1)!) as SearchReport;
      const worst = (xs: { q: string; ms: number }[]) => xs.reduce((a, b) => (b.ms > a.ms ? b : a));
      const median = (xs: { ms: number }[]) => [...xs].sort((a, b) => a.ms - b.ms)[Math.floor(xs.length / 2)]!.ms;
      searchRows.push([
        count.toLocaleString('en'),
        `${searchReport.indexMs} ms`,
        `${median(searchReport.normal)} ms`,
        `${worst(searchReport.normal).ms} ms (${worst(searchReport.normal).q})`,
        `${worst(searchReport.hostile).ms} ms (${worst(searchReport.hostile).q})`,
      ]);
      // The build records its origin and the server must be started with the same one.
      const env = { CONTENT_DIR: dir, NEXT_DIST_DIR: distDir, NEXT_TSCONFIG: 'tsconfig.bench.json', SITE_URL: 'http://localhost:3000' };
      const buildMs = await run('npm', ['run', 'build'], env);
      const pages = fs.existsSync(path.join(root, distDir, 'server', 'app'))
        ? execFileSync('find', [path.join(root, distDir, 'server', 'app'), '-name', '*.html'], { encoding: 'utf8' }).split('\n').filter(Boolean).length
        : 0;
      const server = await startServer(env);
      try {
        const oldest = `${server.origin}/fr/actualites/article-synthetique-${count - 1}`;
        const first = await timed(oldest);
        const second = await timed(oldest);
        const recent = await timed(`${server.origin}/fr/actualites/article-synthetique-0`);
        rows.push([
          count.toLocaleString('en'),
          `${loadReport.ms} ms`,
          `${loadReport.maxRssMB} MB`,
          `${(buildMs / 1000).toFixed(0)} s`,
          pages,
          `${first.status} in ${first.ms} ms`,
          `${second.ms} ms`,
          `${recent.ms} ms`,
        ]);
      } finally {
        server.stop();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
      fs.rmSync(path.join(root, distDir), { recursive: true, force: true });
    }
  }
  fs.rmSync(tsconfig, { force: true });
  console.log(`\n## Scale (PRERENDER_STORIES=${process.env.PRERENDER_STORIES ?? 200}, PRERENDER_LISTING_PAGES=${process.env.PRERENDER_LISTING_PAGES ?? 5})\n`);
  console.log(
    table(
      ['stories', 'load + validate', 'peak memory (loader)', 'build', 'HTML pages built', 'oldest story, first request', 'same, cached', 'prerendered story'],
      rows,
    ),
  );
  console.log('\n## Search (French story index; each query the median of 5 runs)\n');
  console.log(table(['stories', 'index build (first query)', 'ordinary query, median', 'ordinary, slowest', 'hostile, slowest'], searchRows));
}

interface SearchReport {
  indexMs: number;
  normal: { q: string; ms: number }[];
  hostile: { q: string; ms: number }[];
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
