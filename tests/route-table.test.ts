import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { locales, type Locale } from '@/i18n/locales';
import { routing, type AppPathname } from '@/i18n/routing';
import { localizedTemplate, pathFor } from '@/lib/routing/paths';
import { resolvePath, splitPath, type PathResolution } from '@/lib/routing/resolve-path';
import { routeOf } from '@/lib/routing/route-table';
import { loadTree, routingTree } from './helpers/routing-fixture';

const content = loadTree(routingTree());
const story = content.story('story-one')!;
const topic = content.topic('phones')!;
const ranking = content.rankings[0]!;
const others = (l: Locale) => locales.filter((o) => o !== l);

const page = (l: Locale, href: Parameters<typeof pathFor>[1]) => pathFor(l, href);
const newsStory = (l: Locale) => page(l, { pathname: '/news/[slug]', params: { slug: content.storySlug(story, l) } });

function expectResolution(path: string, expected: PathResolution['kind'], location?: string) {
  const [raw, search = ''] = path.split('?');
  const result = resolvePath(content, raw!, search ? `?${search}` : '');
  assert.equal(result.kind, expected, `${path}: ${JSON.stringify(result)}`);
  if (location !== undefined) assert.equal(result.kind === 'moved' ? result.location : undefined, location, path);
}

describe('the route table, in each of the five languages', () => {
  for (const l of locales) {
    const other = others(l)[0]!;
    // What an address is: each row is a URL, and what the proxy-less site must answer.
    const rows: [string, string, PathResolution['kind'], string?][] = [
      ['home', page(l, '/'), 'page'],
      ['news index', page(l, '/news'), 'page'],
      ['a story under its own slug', newsStory(l), 'page'],
      ['a story under another language’s slug', page(l, { pathname: '/news/[slug]', params: { slug: content.storySlug(story, l === 'en' ? 'fr' : 'en') } }), 'moved', newsStory(l)],
      ['a story under the reviews section', page(l, { pathname: '/reviews/[slug]', params: { slug: content.storySlug(story, l) } }), 'moved', newsStory(l)],
      ['an unknown story', page(l, { pathname: '/news/[slug]', params: { slug: 'nothing-here' } }), 'missing'],
      ['news page 2 of 2', page(l, { pathname: '/news/page/[page]', params: { page: '2' } }), 'page'],
      ['news page 3 of 2', page(l, { pathname: '/news/page/[page]', params: { page: '3' } }), 'missing'],
      ['news page 1 (the index is page 1)', page(l, { pathname: '/news/page/[page]', params: { page: '1' } }), 'missing'],
      ['news page 02', page(l, { pathname: '/news/page/[page]', params: { page: '02' } }), 'missing'],
      ['a huge page number', page(l, { pathname: '/news/page/[page]', params: { page: '99999999999999999999' } }), 'missing'],
      ['a topic', page(l, { pathname: '/topics/[topic]', params: { topic: topic.slug[l] } }), 'page'],
      // The rule the proxy and the pages used to disagree on: a slug from another language
      // is the same topic, and moves to this language's slug (it was a 308 from the proxy
      // and a 404 from the page).
      ['a topic under another language’s slug', page(l, { pathname: '/topics/[topic]', params: { topic: topic.slug[other] } }), 'moved', page(l, { pathname: '/topics/[topic]', params: { topic: topic.slug[l] } })],
      ['an unknown topic', page(l, { pathname: '/topics/[topic]', params: { topic: 'cars' } }), 'missing'],
      ['a ranking', page(l, { pathname: '/top-10/[ranking]', params: { ranking: ranking.slug[l] } }), 'page'],
      ['a ranking under another language’s slug', page(l, { pathname: '/top-10/[ranking]', params: { ranking: ranking.slug[other] } }), 'moved', page(l, { pathname: '/top-10/[ranking]', params: { ranking: ranking.slug[l] } })],
      ['a ranking under its id', page(l, { pathname: '/top-10/[ranking]', params: { ranking: ranking.id } }), 'moved', page(l, { pathname: '/top-10/[ranking]', params: { ranking: ranking.slug[l] } })],
      ['an unknown ranking', page(l, { pathname: '/top-10/[ranking]', params: { ranking: 'top-toasters' } }), 'missing'],
      ['an author', page(l, { pathname: '/authors/[author]', params: { author: 'ana' } }), 'page'],
      ['an unknown author', page(l, { pathname: '/authors/[author]', params: { author: 'bob' } }), 'missing'],
      ['an author page 2 of 2', page(l, { pathname: '/authors/[author]/page/[page]', params: { author: 'ana', page: '2' } }), 'page'],
      ['the feed', page(l, '/rss.xml'), 'page'],
      ['a story’s preview image', page(l, { pathname: '/og/[kind]/[image]', params: { kind: 'story', image: 'story-one.png' } }), 'page'],
      ['an unknown story’s preview image', page(l, { pathname: '/og/[kind]/[image]', params: { kind: 'story', image: 'nope.png' } }), 'missing'],
      ['an unknown kind of preview image', page(l, { pathname: '/og/[kind]/[image]', params: { kind: 'device', image: 'story-one.png' } }), 'missing'],
      ['a preview image without .png', page(l, { pathname: '/og/[kind]/[image]', params: { kind: 'story', image: 'story-one' } }), 'missing'],
      ['another language’s path segments', `/${l}${localizedTemplate('/news', other)}`, localizedTemplate('/news', other) === localizedTemplate('/news', l) ? 'page' : 'moved'],
      ['an internal route, asked for directly', `/${l}/internal/news/${content.storySlug(story, l)}`, 'missing'],
      ['an encoded slash inside a slug', `${newsStory(l)}%2F%2F`, 'missing'],
      ['an encoded backslash', `${newsStory(l)}%5C`, 'missing'],
      ['a control character', `${newsStory(l)}%00`, 'missing'],
      ['an empty segment', `/${l}//${localizedTemplate('/news', l).slice(1)}`, 'missing'],
      ['bad percent-encoding', `/${l}/%E0%A4%A`, 'malformed'],
      ['the language in capitals', `/${l.toUpperCase()}${localizedTemplate('/news', l)}`, 'moved', page(l, '/news')],
      ['the language in capitals, unknown page', `/${l.toUpperCase()}/nothing`, 'missing'],
      ['the query survives a move', `${page(l, { pathname: '/top-10/[ranking]', params: { ranking: ranking.id } })}?sort=price`, 'moved', `${page(l, { pathname: '/top-10/[ranking]', params: { ranking: ranking.slug[l] } })}?sort=price`],
    ];
    for (const [name, path, kind, location] of rows) {
      test(`${l}: ${name} → ${kind}`, () => expectResolution(path, kind, location));
    }
  }

  test('a former slug moves to the live one, in its own language', () => {
    expectResolution('/fr/actualites/ancien-titre', 'moved', newsStory('fr'));
  });

  test('an address without its language goes to the first language it fits', () => {
    expectResolution('/actualites', 'moved', '/fr/actualites');
    expectResolution('/news', 'moved', '/en/news');
    expectResolution(`/actualites/${content.storySlug(story, 'fr')}`, 'moved', newsStory('fr'));
    expectResolution('/package.json', 'missing');
    expectResolution('/xx/actualites', 'missing');
  });

  test('a 404 knows its language when the address has one', () => {
    assert.deepEqual(resolvePath(content, '/de/nichts'), { kind: 'missing', locale: 'de' });
    assert.deepEqual(resolvePath(content, '/xx/nichts'), { kind: 'missing' });
  });
});

describe('every page a route lists is a page, in every language', () => {
  for (const pathname of Object.keys(routing.pathnames) as AppPathname[]) {
    test(pathname, () => {
      const route = routeOf(pathname);
      for (const l of locales) {
        const pages = route.pages(content, l);
        for (const params of pages) {
          assert.deepEqual(route.resolve(content, l, params), { kind: 'page' }, `${pathname} ${JSON.stringify(params)} in ${l}`);
          const path = pathFor(l, { pathname, params } as never);
          assert.equal(resolvePath(content, path).kind, 'page', path);
        }
        for (const params of route.prerender?.(content, l) ?? []) assert.ok(pages.some((p) => JSON.stringify(p) === JSON.stringify(params)), `${pathname}: prerendered but not a page`);
      }
    });
  }
});

describe('splitting a raw path', () => {
  test('splits before decoding, so %2F is not a separator', () => {
    assert.deepEqual(splitPath('/fr/a%2Fb'), { invalid: 'missing' });
    assert.deepEqual(splitPath('/fr/caf%C3%A9'), { segments: ['fr', 'café'] });
    assert.deepEqual(splitPath('/fr/'), { segments: ['fr'] });
    assert.deepEqual(splitPath('/fr/%'), { invalid: 'malformed' });
  });
});
