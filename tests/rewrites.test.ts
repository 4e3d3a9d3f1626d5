import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match';
import { locales } from '@/i18n/locales';
import { routing, type AppPathname } from '@/i18n/routing';
import { pathFor } from '@/lib/routing/paths';
import { buildRewrites, missingRoute, type Rewrite } from '@/lib/routing/rewrites';
import { routeOf } from '@/lib/routing/route-table';
import { loadTree, routingTree } from './helpers/routing-fixture';

const content = loadTree(routingTree());
const rules = buildRewrites(content);
const catchAll = rules.fallback.at(-1)!;

/** Next's own matcher, as `next start` builds it for these rules (case-sensitive routes). */
const compiled = [...rules.afterFiles, ...rules.fallback.slice(0, -1)].map((rule) => ({
  rule,
  match: getPathMatch(rule.source, { strict: true, removeUnnamedParams: true, sensitive: true }),
}));

/** The rules that take a path, and where the first one sends it. */
function route(path: string): { matched: Rewrite[]; destination?: string } {
  const matched = compiled.filter((c) => c.match(path) !== false).map((c) => c.rule);
  const first = matched[0];
  if (!first) return { matched };
  const params = compiled.find((c) => c.rule === first)!.match(path) as Record<string, string>;
  return { matched, destination: first.destination.replace(/:(\w+)/g, (_, n: string) => params[n]!) };
}

describe('rewrites generated from the route table', () => {
  test('every page of every route, in every language, is taken by exactly one rule, to its internal route', () => {
    let pages = 0;
    for (const pathname of Object.keys(routing.pathnames) as AppPathname[]) {
      for (const l of locales) {
        for (const params of routeOf(pathname).pages(content, l)) {
          const path = pathFor(l, { pathname, params } as never);
          const values = params as Record<string, string>;
          const internal = `/${l}/internal${pathname === '/' ? '' : pathname.replace(/\[(\w+)\]/g, (_, n: string) => values[n]!)}`;
          const { matched, destination } = route(decodeURI(path));
          assert.equal(matched.length, 1, `${path} is taken by ${matched.length} rules`);
          assert.equal(destination, internal, path);
          pages++;
        }
      }
    }
    assert.ok(pages > 200);
  });

  const unknown = [
    '/fr/actualites/nothing-here',
    '/fr/actualites/ancien-titre',
    '/FR/actualites',
    '/fr/ACTUALITES',
    '/fr/rubriques/cars',
    '/fr/actualites/page/3',
    '/fr/actualites/page/02',
    '/fr/og/story/nope.png',
    '/fr/og/story/story-one',
    '/fr/og/device/story-one.png',
    '/en/actualites',
    '/fr/internal/news/x',
    '/xx',
    '/package.json',
  ];
  for (const path of unknown) {
    test(`${path} is taken by no rule: it falls through to ${missingRoute}`, () => {
      assert.deepEqual(route(path).matched, []);
      assert.notEqual(getPathMatch(catchAll.source, { strict: true, removeUnnamedParams: true })(path), false);
    });
  }

  test('the catch-all comes last, and sends everything to the handler of unmatched addresses', () => {
    assert.deepEqual(catchAll, { source: '/:path*', destination: `${missingRoute}/:path*` });
    assert.deepEqual(rules.beforeFiles, []);
  });

  test('a long archive is split into rules that each fit Next’s 4096-character limit', () => {
    const tree = routingTree();
    for (let i = 0; i < 600; i++) {
      tree.articles[`archive-${i}/fr`] = {
        fm: {
          type: 'news',
          title: `Une brève d'archive au titre assez long pour peser, numéro ${i}`,
          lead: 'Chapeau',
          author: 'ana',
          topics: ['phones'],
          published: '2025-01-01T08:00:00+01:00',
          sources: [{ name: 'Source', url: 'https://example.com/a' }],
        },
        body: 'Texte.',
      };
    }
    const big = buildRewrites(loadTree(tree));
    const story = [...big.afterFiles, ...big.fallback].filter((r) => r.source.startsWith('/fr/actualites/:slug('));
    assert.ok(story.length > 5, `${story.length} rules`);
    for (const r of [...big.afterFiles, ...big.fallback]) assert.ok(r.source.length < 4096, `${r.source.length} characters`);
  });
});
