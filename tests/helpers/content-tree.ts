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
  /** `<form factor>.yaml` → methodology. */
  methodology: Record<string, unknown>;
  comparisons?: unknown[];
  /** `<story id>/<locale>` → front matter and body. */
  articles: Record<string, { fm: Record<string, unknown>; body: string } | string>;
  /** `<story id>/<file name>` → the file's content (an image of the story). */
  assets?: Record<string, string | Buffer>;
}

export const five = (v: string) => ({ fr: `${v} fr`, en: `${v} en`, de: `${v} de`, es: `${v} es`, it: `${v} it` });
const fiveSlugs = (v: string) => ({ fr: `${v}-fr`, en: `${v}-en`, de: `${v}-de`, es: `${v}-es`, it: `${v}-it` });

/** The fixture's phone method: 2.1 now, 2.0 before (camera weighed less, performance more). */
export const phoneWeights = { performance: 20, display: 15, battery: 20, camera: 25, build: 10, software: 10 };
export const phoneWeightsV20 = { performance: 25, display: 15, battery: 20, camera: 20, build: 10, software: 10 };

/** Sub-scores all equal to the rating: the weighted sum is the rating whatever the weights. */
const flat = (rating: number) => Object.fromEntries(Object.keys(phoneWeights).map((c) => [c, rating]));

export function phoneMethodology() {
  const test = (id: string, metric: string, unit: string) => ({ id, metric, unit, name: five(id), description: five(`${id} protocol`) });
  return {
    formFactor: 'smartphone',
    version: '2.1',
    effective: '2026-09-01T00:00:00+02:00',
    slug: fiveSlugs('phones-method'),
    title: five('Method'),
    intro: five('Intro'),
    rounding: five('Rounding'),
    criteria: Object.entries(phoneWeights).map(([id, weight]) => ({ id, weight, name: five(id), description: five(`${id} description`) })),
    tests: [
      test('mixed-200', 'battery', 'h'),
      test('full-white', 'brightness', 'cd/m²'),
      test('gamut-p3', 'colour', '% DCI-P3'),
      test('octet-index', 'performance', 'points'),
      test('stress-20', 'surfaceTemperature', '°C'),
    ],
    changelog: [
      { version: '2.1', date: '2026-09-01', changes: five('Camera up') },
      { version: '2.0', date: '2025-01-06', changes: five('First'), weights: { ...phoneWeightsV20 } },
    ],
  };
}

export function validTree(): Tree {
  const phones = Array.from({ length: 12 }, (_, i) => ({
    id: `phone-${i + 1}`,
    brand: 'Brand',
    model: `Phone ${i + 1}`,
    kind: 'smartphone',
    released: '2025-09',
    prices: [
      { date: '2026-11-27', amount: 300 + i * 50, currency: 'EUR' },
      { date: '2026-10-01', amount: 350 + i * 50, currency: 'EUR' },
    ],
    specs: {
      chip: { name: 'Chip', cores: 8 },
      storage: 128,
      screen: { size: 6.1, resolution: '2400x1080', refresh: 120, panel: 'OLED' },
      weight: 180,
      battery: 5000,
      os: { family: 'android', version: '16' },
    },
    score: { method: '2.1', tested: '2026-10-01', criteria: flat(90 - i), rating: 90 - i },
    measured: {
      battery: { value: 15 + i / 10, unit: 'h', test: 'mixed-200' },
      brightness: { value: 1200, unit: 'cd/m²', test: 'full-white' },
      colour: { value: 99, unit: '% DCI-P3', test: 'gamut-p3' },
      performance: { value: 100 - i, unit: 'points', test: 'octet-index' },
      surfaceTemperature: { value: 41, unit: '°C', test: 'stress-20' },
    },
  }));
  // Current list: phones 1-10. Previous list (5 Nov): phone-2 first, phone-11 last, no phone-10.
  const current = phones.slice(0, 10).map((p) => p.id);
  const previous = ['phone-2', 'phone-1', 'phone-3', 'phone-4', 'phone-5', 'phone-6', 'phone-7', 'phone-8', 'phone-9', 'phone-11'];
  const older = ['phone-2', 'phone-1', 'phone-3', 'phone-4', 'phone-5', 'phone-6', 'phone-7', 'phone-8', 'phone-12', 'phone-11'];
  return {
    authors: [{ id: 'ana', name: 'Ana', role: five('Role'), bio: { fr: 'Bio', en: 'Bio' } }],
    topics: [{ id: 'phones', name: five('Phones'), slug: fiveSlugs('phones') }],
    devices: { 'smartphones.yaml': phones },
    methodology: { 'smartphone.yaml': phoneMethodology() },
    comparisons: [{ devices: ['phone-1', 'phone-2'] }],
    rankings: {
      'phones.yaml': {
        order: 1,
        size: 10,
        kind: 'smartphone',
        title: five('Top phones'),
        short: five('Phones'),
        slug: fiveSlugs('top-phones'),
        intro: { fr: 'Intro', en: 'Intro' },
        updated: '2026-11-28T09:00:00+01:00',
        summary: five('Phone 10 enters'),
        entries: current.map((device) => ({
          device,
          verdict: { fr: 'Bien', en: 'Good', de: 'Gut', es: 'Bueno', it: 'Buono' },
          ...(['phone-1', 'phone-2', 'phone-10'].includes(device) ? { reason: five(`Why ${device}`) } : {}),
        })),
        left: [{ device: 'phone-11', reason: five('Replaced') }],
        history: [
          { date: '2026-11-05T09:00:00+01:00', summary: five('Phone 11 enters'), order: previous, reasons: { 'phone-11': { fr: 'Entre', en: 'Enters' } } },
          { date: '2026-10-01T09:00:00+02:00', summary: five('First list'), order: older },
        ],
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
  for (const [name, method] of Object.entries(tree.methodology)) write(`methodology/${name}`, YAML.stringify(method));
  if (tree.comparisons) write('comparisons.yaml', YAML.stringify(tree.comparisons));
  for (const [key, value] of Object.entries(tree.articles)) {
    const text = typeof value === 'string' ? value : `---\n${YAML.stringify(value.fm)}---\n\n${value.body}\n`;
    write(`articles/${key}.md`, text);
  }
  for (const [key, value] of Object.entries(tree.assets ?? {})) {
    const abs = path.join(root, 'articles', key);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, value);
  }
  return root;
}

export function removeTree(root: string) {
  fs.rmSync(root, { recursive: true, force: true });
}
