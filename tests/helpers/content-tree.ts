import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';

/**
 * A small, valid content tree written to a temporary folder. Each test changes one thing
 * and checks that the loader names exactly that problem.
 */
export interface Tree {
  authors: unknown[];
  topics: unknown[];
  devices: Record<string, unknown[]>;
  rankings: Record<string, unknown>;
  /** `<story id>/<locale>` → front matter and body. */
  articles: Record<string, { fm: Record<string, unknown>; body: string } | string>;
}

const five = (v: string) => ({ fr: `${v} fr`, en: `${v} en`, de: `${v} de`, es: `${v} es`, it: `${v} it` });
const fiveSlugs = (v: string) => ({ fr: `${v}-fr`, en: `${v}-en`, de: `${v}-de`, es: `${v}-es`, it: `${v}-it` });

export function validTree(): Tree {
  const phones = Array.from({ length: 10 }, (_, i) => ({
    id: `phone-${i + 1}`,
    brand: 'Brand',
    model: `Phone ${i + 1}`,
    kind: 'smartphone',
    price: 300 + i * 50,
    released: '2025-09',
    specs: { chip: 'Chip', storage: 128, screen: { size: 6.1, resolution: '2400x1080', refresh: 120, panel: 'OLED' }, weight: 180, battery: 5000, os: 'Android 16' },
  }));
  return {
    authors: [{ id: 'ana', name: 'Ana', role: five('Role'), bio: { fr: 'Bio', en: 'Bio' } }],
    topics: [{ id: 'phones', name: five('Phones'), slug: fiveSlugs('phones') }],
    devices: { 'smartphones.yaml': phones },
    rankings: {
      'phones.yaml': {
        order: 1,
        size: 10,
        kind: 'smartphone',
        title: five('Top phones'),
        short: five('Phones'),
        slug: fiveSlugs('top-phones'),
        intro: { fr: 'Intro', en: 'Intro' },
        updated: '2026-11-20T09:00:00+01:00',
        left: [],
        entries: phones.map((p, i) => ({ rank: i + 1, device: p.id, rating: 90 - i, previousRank: i + 1, verdict: { fr: 'Bien', en: 'Good' } })),
      },
    },
    articles: {
      'story-one/fr': {
        fm: {
          type: 'news',
          title: "L'écran du téléphone",
          lead: 'Chapeau',
          author: 'ana',
          topics: ['phones'],
          published: '2026-01-30T08:30:00+01:00',
          sources: [{ name: 'Source', url: 'https://example.com/news/2026/01/phone-screen' }, { name: 'Journal', date: '2026-01-29' }],
        },
        body: 'Un texte.',
      },
      'story-one/en': {
        fm: { translatedFrom: 'fr', title: 'The phone screen', slug: 'the-phone-screen', lead: 'Lead' },
        body: 'A text.',
      },
      'review-phone-1/fr': {
        fm: {
          type: 'review',
          title: 'Test du Phone 1',
          slug: 'test-phone-1',
          lead: 'Chapeau',
          author: 'ana',
          topics: ['phones'],
          published: '2026-02-01T10:00:00+01:00',
          device: 'phone-1',
          rating: 90,
        },
        body: 'Un test.',
      },
    },
  };
}

/** Writes the tree and returns its folder; the caller removes it. */
export function writeTree(tree: Tree): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'octet-content-'));
  const write = (rel: string, text: string) => {
    const abs = path.join(root, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, text);
  };
  write('authors.yaml', YAML.stringify(tree.authors));
  write('topics.yaml', YAML.stringify(tree.topics));
  for (const [name, list] of Object.entries(tree.devices)) write(`devices/${name}`, YAML.stringify(list));
  for (const [name, ranking] of Object.entries(tree.rankings)) write(`rankings/${name}`, YAML.stringify(ranking));
  for (const [key, value] of Object.entries(tree.articles)) {
    const text = typeof value === 'string' ? value : `---\n${YAML.stringify(value.fm)}---\n\n${value.body}\n`;
    write(`articles/${key}.md`, text);
  }
  return root;
}

export function removeTree(root: string) {
  fs.rmSync(root, { recursive: true, force: true });
}
