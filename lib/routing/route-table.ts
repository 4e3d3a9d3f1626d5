import type { Locale } from '@/i18n/locales';
import type { AppPathname } from '@/i18n/routing';
import type { ContentIndex } from '@/lib/content';
import type { StoryType } from '@/lib/content/schemas';
import { prerenderListingPages, prerenderStories } from '@/lib/site/prerender';
import { pageCount, parsePage } from './pagination';
import type { Href, RouteParams } from './paths';
import { sections } from './sections';

/**
 * The one truth about addresses. For every route of the app, `resolve` says what a URL's
 * decoded parameters are in a locale: a page, a permanent move to the page's canonical
 * address, or nothing. The same function answers for the pages (which render, redirect
 * or 404 on it), for the handler of unmatched addresses (app/internal/missing) and, at
 * build time, for the rewrites that let Next.js route every real page without a proxy
 * (lib/routing/rewrites.ts): `pages` lists every parameter set that `resolve` accepts.
 *
 * `satisfies` makes the table exhaustive: a route added to i18n/routing.ts does not
 * compile until it says what its addresses are.
 */

export type Resolution = { kind: 'page' } | { kind: 'moved'; to: Href } | { kind: 'missing' };

export interface Route<P extends AppPathname> {
  resolve(content: ContentIndex, locale: Locale, params: RouteParams<P>): Resolution;
  /** Every parameter set that is a page in this locale. */
  pages(content: ContentIndex, locale: Locale): RouteParams<P>[];
  /** The part of `pages` the build renders ahead of time (default: all of them). */
  prerender?(content: ContentIndex, locale: Locale): RouteParams<P>[];
}

const page: Resolution = { kind: 'page' };
const missing: Resolution = { kind: 'missing' };

/** A route without parameters: always a page. */
const fixed = { resolve: () => page, pages: () => [{}] } as const;

/** Page numbers 2..N of a list of `total` stories (page 1 is the list's own address). */
function laterPages(total: number, limit = Infinity): { page: string }[] {
  const last = Math.min(pageCount(total), limit);
  return Array.from({ length: Math.max(0, last - 1) }, (_, i) => ({ page: String(i + 2) }));
}

function story(type: StoryType): Route<'/news/[slug]'> {
  return {
    resolve(content, locale, { slug }) {
      const found = content.resolveStory(locale, slug);
      if (!found) return missing;
      const own = sections[found.item.type].story;
      return found.canonical && found.item.type === type ? page : { kind: 'moved', to: { pathname: own, params: { slug: found.slug } } };
    },
    pages: (content, locale) => content.listStories({ type }).map((s) => ({ slug: content.storySlug(s, locale) })),
    prerender(content, locale) {
      const recent = new Set(content.stories.slice(0, prerenderStories));
      return content
        .listStories({ type })
        .filter((s) => recent.has(s))
        .map((s) => ({ slug: content.storySlug(s, locale) }));
    },
  };
}

function listingPages(type: StoryType): Route<'/news/page/[page]'> {
  const total = (content: ContentIndex) => content.listStories({ type }).length;
  return {
    resolve: (content, _, params) => (parsePage(params.page, total(content)) ? page : missing),
    pages: (content) => laterPages(total(content)),
    prerender: (content) => laterPages(total(content), prerenderListingPages),
  };
}

const topicStories = (content: ContentIndex, topicId: string) => content.listStories({ topicId }).length;
const authorStories = (content: ContentIndex, authorId: string) => content.listStories({ authorId }).length;

/** Preview images drawn per kind of page, by id: `story/<id>.png`. */
const ogKinds: Record<string, { has: (content: ContentIndex, id: string) => boolean; ids: (content: ContentIndex) => string[] }> = {
  story: { has: (content, id) => !!content.story(id), ids: (content) => content.stories.map((s) => s.id) },
  ranking: { has: (content, id) => !!content.ranking(id), ids: (content) => content.rankings.map((r) => r.id) },
  topic: { has: (content, id) => !!content.topic(id), ids: (content) => content.topics.map((t) => t.id) },
  site: { has: (_, id) => id === 'home', ids: () => ['home'] },
};

export const routeTable = {
  '/': fixed,
  '/news': fixed,
  '/news/page/[page]': listingPages('news'),
  '/news/[slug]': story('news'),
  '/reviews': fixed,
  '/reviews/page/[page]': listingPages('review'),
  '/reviews/[slug]': story('review'),
  '/topics': fixed,
  '/topics/[topic]': {
    resolve(content, locale, { topic }) {
      const found = content.resolveTopic(locale, topic);
      if (!found) return missing;
      return found.canonical ? page : { kind: 'moved', to: { pathname: '/topics/[topic]', params: { topic: found.slug } } };
    },
    pages: (content, locale) => content.topics.map((t) => ({ topic: t.slug[locale] })),
  },
  '/topics/[topic]/page/[page]': {
    resolve(content, locale, params) {
      const found = content.resolveTopic(locale, params.topic);
      if (!found || !parsePage(params.page, topicStories(content, found.item.id))) return missing;
      return found.canonical ? page : { kind: 'moved', to: { pathname: '/topics/[topic]/page/[page]', params: { ...params, topic: found.slug } } };
    },
    pages: (content, locale) => content.topics.flatMap((t) => laterPages(topicStories(content, t.id)).map((p) => ({ topic: t.slug[locale], ...p }))),
    prerender: (content, locale) =>
      content.topics.flatMap((t) => laterPages(topicStories(content, t.id), prerenderListingPages).map((p) => ({ topic: t.slug[locale], ...p }))),
  },
  '/authors': fixed,
  '/authors/[author]': {
    resolve: (content, _, { author }) => (content.author(author) ? page : missing),
    pages: (content) => content.authors.map((a) => ({ author: a.id })),
  },
  '/authors/[author]/page/[page]': {
    resolve: (content, _, params) => (content.author(params.author) && parsePage(params.page, authorStories(content, params.author)) ? page : missing),
    pages: (content) => content.authors.flatMap((a) => laterPages(authorStories(content, a.id)).map((p) => ({ author: a.id, ...p }))),
    prerender: (content) => content.authors.flatMap((a) => laterPages(authorStories(content, a.id), prerenderListingPages).map((p) => ({ author: a.id, ...p }))),
  },
  '/top-10': fixed,
  '/top-10/[ranking]': {
    resolve(content, locale, { ranking }) {
      const found = content.resolveRanking(locale, ranking);
      if (!found) return missing;
      return found.canonical ? page : { kind: 'moved', to: { pathname: '/top-10/[ranking]', params: { ranking: found.slug } } };
    },
    pages: (content, locale) => content.rankings.map((r) => ({ ranking: r.slug[locale] })),
  },
  '/search': fixed,
  '/rss.xml': fixed,
  '/og/[kind]/[image]': {
    resolve(content, _, { kind, image }) {
      const known = Object.hasOwn(ogKinds, kind) ? ogKinds[kind] : undefined;
      return known && image.endsWith('.png') && known.has(content, image.slice(0, -4)) ? page : missing;
    },
    pages: (content) => Object.entries(ogKinds).flatMap(([kind, { ids }]) => ids(content).map((id) => ({ kind, image: `${id}.png` }))),
    // Drawn on first request, then cached: the build does not pay for images nobody shares.
    prerender: () => [],
  },
  '/about': fixed,
  '/legal': fixed,
} satisfies { [P in AppPathname]: Route<P> };

/** The route entry of a pathname, typed by its own parameters. */
export function routeOf<P extends AppPathname>(pathname: P): Route<P> {
  return routeTable[pathname] as unknown as Route<P>;
}
