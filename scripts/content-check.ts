/**
 * `npm run content:check`: validates every content file and prints every problem at once,
 * each with its file and field. Exits 1 when anything is wrong. The build runs it first.
 */
import { contentRoot } from '@/lib/content';
import { loadContent } from '@/lib/content/load';
import { formatProblem } from '@/lib/content/model';

const root = contentRoot();
const started = performance.now();
const { index, problems } = loadContent(root);
const ms = Math.round(performance.now() - started);

if (!index) {
  console.error(`✗ content check failed: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${root}\n`);
  for (const p of problems) console.error(`  ${formatProblem(p)}`);
  console.error('\nFix the files above; see docs/content-format.md for the rules.');
  process.exit(1);
}
const translations = index.stories.reduce((n, s) => n + Object.keys(s.versions).length - 1, 0);
console.log(
  `✓ content ok (${ms} ms): ${index.stories.length} stories (${translations} translations), ` +
    `${index.authors.length} authors, ${index.topics.length} topics, ${index.devices.length} devices, ${index.rankings.length} rankings`,
);
