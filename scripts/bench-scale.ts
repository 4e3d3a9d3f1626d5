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
import YAML from 'yaml';
import { run, startServer, table } from './bench-support';

const root = process.cwd();
const sizesArg = process.argv.indexOf('--sizes');
const sizes = sizesArg > 0 ? process.argv[sizesArg + 1]!.split(',').map(Number) : [1000, 10000];

const words = 'processeur écran batterie autonomie mémoire graphique portable tablette smartphone dalle luminosité fréquence puce refroidissement clavier charnière stockage prix marché fabricant performances consommation'.split(' ');
const paragraph = (seed: number, n: number) =>
  Array.from({ length: n }, (_, i) => words[(seed * 7 + i * 13) % words.length]).join(' ').replace(/^./, (c) => c.toUpperCase()) + '.';

function generate(dir: string, count: number) {
  // Everything but the stories is the real content (authors, topics, devices, methods, rankings…).
  for (const entry of fs.readdirSync(path.join(root, 'content')))
    if (entry !== 'articles') fs.cpSync(path.join(root, 'content', entry), path.join(dir, entry), { recursive: true });
  const authors = (YAML.parse(fs.readFileSync(path.join(dir, 'authors.yaml'), 'utf8')) as { id: string }[]).map((a) => a.id);
  const topics = (YAML.parse(fs.readFileSync(path.join(dir, 'topics.yaml'), 'utf8')) as { id: string }[]).map((t) => t.id);
  const newest = Date.parse('2026-11-27T08:00:00Z');
  for (let i = 0; i < count; i++) {
    const id = `synthetic-${String(i).padStart(5, '0')}`;
    const folder = path.join(dir, 'articles', id);
    fs.mkdirSync(folder, { recursive: true });
    const published = new Date(newest - i * 3 * 3600_000).toISOString();
    const body = Array.from({ length: 6 }, (_, p) => `${p === 2 ? '## Ce que nous avons mesuré\n\n' : ''}${paragraph(i + p, 55)}`).join('\n\n');
    const fm = {
      type: 'news',
      title: `Article synthétique ${i} : ${words[i % words.length]} et ${words[(i * 3) % words.length]}`,
      slug: `article-synthetique-${i}`,
      lead: paragraph(i, 24),
      author: authors[i % authors.length],
      topics: [topics[i % topics.length], topics[(i * 5 + 1) % topics.length]].filter((t, k, a) => a.indexOf(t) === k),
      published,
      sources: [{ name: 'Octet', url: `https://example.com/synthetic/${i}` }],
    };
    fs.writeFileSync(path.join(folder, 'fr.md'), `---\n${YAML.stringify(fm)}---\n\n${body}\n`);
    if (i % 5 === 0) {
      const en = { translatedFrom: 'fr', title: `Synthetic story ${i}`, slug: `synthetic-story-${i}`, lead: 'An English lead for a synthetic story.' };
      fs.writeFileSync(path.join(folder, 'en.md'), `---\n${YAML.stringify(en)}---\n\n${body}\n`);
    }
  }
}

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
      generate(dir, count);
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
