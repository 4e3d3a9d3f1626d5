import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { localizedTemplate } from '../lib/routing/paths';
import { content, locales } from './support';

/**
 * Nothing an anonymous client sends may create a cache entry or a file that real content
 * does not. This runs in its own project before every other test (playwright.config.ts),
 * so the server's caches change only because of what it sends: a few hundred distinct
 * unknown addresses of every shape, each marked so that a stray entry could be found.
 */

const dist = process.env.NEXT_DIST_DIR ?? '.next';
const caches = [path.join(dist, 'server', 'route-cache'), path.join(dist, 'server', 'app'), path.join(dist, 'cache')];

function snapshot(): { files: number; bytes: number; paths: string[] } {
  const paths: string[] = [];
  let bytes = 0;
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        paths.push(full);
        bytes += fs.statSync(full).size;
      }
    }
  };
  caches.forEach(walk);
  return { files: paths.length, bytes, paths };
}

const marker = 'zzprobe';
const story = content.stories[0]!;
const urls: string[] = [];
for (const l of locales) {
  const seg = (p: Parameters<typeof localizedTemplate>[0]) => localizedTemplate(p, l).split('/')[1]!;
  const realSlug = content.storySlug(story, l);
  for (let n = 0; n < 6; n++) {
    const id = `${marker}${l}${n}`;
    urls.push(
      `/${l}/${seg('/news')}/${id}`,
      `/${l}/${seg('/reviews')}/${id}`,
      `/${l}/${seg('/news')}/${realSlug}%2F%2F${id}`,
      `/${l}/${seg('/news')}/${realSlug}%2F${id}`,
      `/${l}/${seg('/topics')}/${id}`,
      `/${l}/${seg('/topics')}/${id}/${localizedTemplate('/topics/[topic]/page/[page]', l).split('/')[3]}/2`,
      `/${l}/${seg('/authors')}/${id}`,
      `/${l}/top-10/${id}`,
      `/${l}/og/story/${id}.png`,
      `/${l}/og/${id}/home.png`,
      `/${l}/og/ranking/${id}`,
      `/${l}/${seg('/news')}/${id}${'x'.repeat(900)}`,
      `/${l}/${localizedTemplate('/news/page/[page]', l).slice(1).replace('[page]', `9999999999${n}`)}`,
      `/${l}/internal/news/${id}`,
      `/${l}/internal/og/story/${id}.png`,
      `/${l.toUpperCase()}/${seg('/news')}/${id}`,
      `/${l}/${id}?q=${n}`,
      `/${l}/${seg('/news')}/${id}?page=${n}`,
      `/${id}${l}`,
    );
  }
}

// Real pages whose views run into the millions: comparisons and a reader's view of a
// ranking. They render, but the origin keeps none of them (a CDN may).
const views: string[] = [];
const phones = content.rankings.find((r) => r.kind === 'smartphone')!;
const ids = phones.entries.map((e) => e.device.id);
for (let i = 0; i < ids.length; i++)
  for (let j = i + 1; j < Math.min(ids.length, i + 4); j++) {
    const devices = [ids[i]!, ids[j]!].sort().join('-vs-');
    views.push(`/fr/comparer/${devices}`, `/en/compare/${devices}/preview.png`);
  }
for (let cap = 300; cap <= 1500; cap += 100) views.push(`/fr/top-10/${phones.slug.fr}/affiner?maxPrice=${cap}`, `/de/top-10/${phones.slug.de}/anpassen?sort=price&maxPrice=${cap}`);
for (let w = 1; w <= 10; w++) views.push(`/en/top-10/${phones.slug.en}/refine?w-performance=${w}&w-display=1&w-battery=1&w-camera=1&w-build=1&w-software=1`);

test('views that cannot be listed render, and write nothing either', async ({ request }) => {
  test.setTimeout(180_000);
  expect(views.length).toBeGreaterThanOrEqual(50);
  const before = snapshot();
  for (const url of views) expect((await request.get(url, { maxRedirects: 0 })).status(), url).toBe(200);
  const after = snapshot();
  expect(after.paths.filter((p) => !before.paths.includes(p))).toEqual([]);
  expect(after.bytes).toBe(before.bytes);
});

test('the list holds a few hundred distinct unknown addresses', () => {
  expect(new Set(urls).size).toBe(urls.length);
  expect(urls.length).toBeGreaterThanOrEqual(300);
});

test('unknown addresses answer 404 with no-store and write nothing', async ({ request }) => {
  test.setTimeout(120_000);
  const before = snapshot();
  for (const url of urls) {
    const res = await request.get(url, { maxRedirects: 0 });
    expect(res.status(), url).toBe(404);
    expect(res.headers()['cache-control'], url).toBe('no-store');
  }
  const after = snapshot();
  expect(after.paths.filter((p) => p.includes(marker))).toEqual([]);
  expect(after.paths.filter((p) => !before.paths.includes(p))).toEqual([]);
  expect(after.bytes).toBe(before.bytes);
});
