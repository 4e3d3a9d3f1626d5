import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match';
import { locales } from '@/i18n/locales';
import { routing, type AppPathname } from '@/i18n/routing';
import { config, isPerRequestPath } from '@/proxy';
import { localizedTemplate } from '@/lib/routing/paths';
import { routeOf } from '@/lib/routing/route-table';

const matchers = config.matcher.map((source) => getPathMatch(source, { strict: true, removeUnnamedParams: true }));
const runs = (path: string) => matchers.some((m) => m(path) !== false);

test('the proxy runs for every open route, in every language, and its index', () => {
  const open = (Object.keys(routing.pathnames) as AppPathname[]).filter((p) => routeOf(p).open);
  assert.ok(open.length > 0);
  for (const pathname of open)
    for (const l of locales) {
      const path = `/${l}${localizedTemplate(pathname, l).replace(/\[(\w+)\]/g, 'a-vs-b')}`;
      assert.ok(runs(path), path);
      assert.ok(runs(path.split('/').slice(0, 3).join('/')), `${path}: index`);
    }
});

test('the proxy does not run for pages built ahead, files and feeds', () => {
  for (const path of ['/fr', '/fr/actualites', '/fr/actualites/un-article', '/en/top-10/tablets', '/fr/appareils/x', '/robots.txt', '/fr/og/story/x.png', '/fr/rss.xml'])
    assert.equal(runs(path), false, path);
});

test('the proxy runs for `/`, internal routes, `%` paths and pages rendered per request', () => {
  const perRequest = locales.flatMap((l) => [
    `/${l}${localizedTemplate('/search', l)}`,
    `/${l}${localizedTemplate('/top-10/[ranking]/refine', l).replace('[ranking]', 'x')}`,
  ]);
  for (const path of ['/', '/fr/internal/news/x', '/fr/a%2Fb', ...perRequest]) assert.equal(runs(path), true, path);
});

test('pages rendered per request are recognised in every language, and only they', () => {
  for (const l of locales) {
    for (const path of [
      `/${l}${localizedTemplate('/search', l)}`,
      `/${l}${localizedTemplate('/compare', l)}`,
      `/${l}${localizedTemplate('/compare/[devices]', l).replace('[devices]', 'a-vs-b')}`,
      `/${l}${localizedTemplate('/compare/[devices]/preview.png', l).replace('[devices]', 'a-vs-b')}`,
      `/${l}${localizedTemplate('/top-10/[ranking]/refine', l).replace('[ranking]', 'x')}`,
    ]) {
      assert.equal(isPerRequestPath(path), true, path);
      assert.equal(runs(path), true, `${path}: the matcher lets it through`);
    }
    for (const path of [`/${l}`, `/${l}${localizedTemplate('/top-10/[ranking]', l).replace('[ranking]', 'x')}`, `/${l}${localizedTemplate('/search', l)}x`, `/${l}${localizedTemplate('/compare/[devices]', l).replace('[devices]', 'a/b/c')}`])
      assert.equal(isPerRequestPath(path), false, path);
  }
});
