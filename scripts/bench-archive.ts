/**
 * A synthetic archive for the scale benchmarks: the real content (authors, topics, devices,
 * methods, rankings…) with `count` generated French stories, one in five translated into
 * English. Every story draws its words from one small vocabulary, so any of those words
 * matches nearly the whole archive: the worst case for search.
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

const root = process.cwd();

const words = 'processeur écran batterie autonomie mémoire graphique portable tablette smartphone dalle luminosité fréquence puce refroidissement clavier charnière stockage prix marché fabricant performances consommation'.split(' ');
const paragraph = (seed: number, n: number) =>
  Array.from({ length: n }, (_, i) => words[(seed * 7 + i * 13) % words.length]).join(' ').replace(/^./, (c) => c.toUpperCase()) + '.';

export function generateArchive(dir: string, count: number) {
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
