/**
 * Times search on a content folder (run by bench:scale in its own process):
 * building the French story index, a few ordinary queries, and hostile ones built to
 * cost as much as the bounds allow. Prints one JSON line. `tsx scripts/bench-search.ts <dir>`.
 */
import { loadContent } from '@/lib/content/load';
import { search } from '@/lib/search/search';

const dir = process.argv[2]!;
const { index } = loadContent(dir);
if (!index) throw new Error('content does not load');

const time = (fn: () => unknown, runs = 5) => {
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
