/**
 * Times search on a content folder (run by bench:scale in its own process):
 * building the French story index, a few ordinary queries, and hostile ones built to
 * cost as much as the bounds allow. Prints one JSON line. `tsx scripts/bench-search.ts <dir>`
 * times a content folder; `npm run bench:search -- --stories 10000` generates a synthetic
 * archive of that size (scripts/bench-archive.ts), times it and removes it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadContent } from '@/lib/content/load';
import { search } from '@/lib/search/search';
import { generateArchive } from './bench-archive';

const storiesArg = process.argv.indexOf('--stories');
const generated = storiesArg > 0 ? fs.mkdtempSync(path.join(os.tmpdir(), 'octet-search-')) : undefined;
if (generated) generateArchive(generated, Number(process.argv[storiesArg + 1]));
const dir = generated ?? process.argv[2]!;
const { index } = loadContent(dir);
if (generated) fs.rmSync(generated, { recursive: true, force: true });
if (!index) throw new Error('content does not load');

/** The median of `runs` timings, after one untimed run (a server's code is warm after a few queries). */
const time = (fn: () => unknown, runs = 5) => {
  if (runs > 1) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return samples.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
};

const indexMs = time(() => search(index, 'fr', 'warm'), 1);
const normal: string[] = ['oled', 'nvidia openai', 'autonomie batterie', 'écran 500 hz', 'nvidai', 'smasung galaxy'];
const letters = Array.from({ length: 100 }, (_, i) => String.fromCharCode(97 + (i % 26))).join(' ');
const hostile: string[] = [
  letters,
  'pro con com dis res par pre',
  // Prefixes and near misses of words in every synthetic story: each matches the whole archive.
  'pro ecr bat aut mem gra',
  'processeu ecrans batterei autonomei memoira graphiqeu',
  'processeur écran batterie autonomie mémoire graphique portable tablette',
  'prxcesseur ecrqn bzttrie autnomie memoure grphique',
  'abcdefghijklmnopqrstuvwx abcdefghijklmnopqrstuvwy abcdefghijklmnopqrstuvwz abcdefghijklmnopqrstuvxa abcdefghijklmnopqrstuvxb abcdefghijklmnopqrstuvxc',
  'a'.repeat(200),
  'é'.repeat(30) + ' ' + 'œ'.repeat(30),
  '* ? + ( ) [ ] { } | \\ ^ $ .',
];
const result = {
  stories: index.stories.length,
  indexMs: Math.round(indexMs),
  normal: normal.map((q) => ({ q, ms: +time(() => search(index, 'fr', q)).toFixed(2) })),
  hostile: hostile.map((q) => ({ q: q.length > 40 ? `${q.slice(0, 37)}…` : q, ms: +time(() => search(index, 'fr', q)).toFixed(2) })),
};
console.log(JSON.stringify(result));
