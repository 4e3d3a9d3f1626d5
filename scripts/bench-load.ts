/** Child process of bench:scale: loads and validates one content folder, reports time and peak memory. */
import { loadContent } from '@/lib/content/load';

const dir = process.argv[2]!;
const started = performance.now();
const { index, problems } = loadContent(dir);
const ms = performance.now() - started;
console.log(
  JSON.stringify({
    ms: Math.round(ms),
    stories: index?.stories.length ?? 0,
    problems: problems.length,
    firstProblem: problems[0],
    maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    heapUsedMB: Math.round(process.memoryUsage().heapUsed / 1024 / 1024),
  }),
);
