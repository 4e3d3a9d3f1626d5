import type { Locale } from '@/i18n/locales';
import type { AppPathname } from '@/i18n/routing';
import type { ContentIndex } from '@/lib/content';
import type { StoryType } from '@/lib/content/schemas';
import { prerenderListingPages, prerenderStories } from '@/lib/site/prerender';
import { lookupComparison, featuredComparisons } from '@/lib/rankings/comparison';
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
  /** Every parameter set that is a page in this locale (for an `open` route: the known ones). */
  pages(content: ContentIndex, locale: Locale): RouteParams<P>[];
  /** The part of `pages` the build renders ahead of time (default: all of them). */
  prerender?(content: ContentIndex, locale: Locale): RouteParams<P>[];
  /**
   * Set when the pages cannot be listed (any 2 to 4 devices compare: millions of pages).
   * The rewrite then takes any parameter of this shape, the proxy runs `resolve` on the
   * request first (proxy.ts lists these routes in its matcher), and the page is rendered
   * per request, never stored by the origin.
   */
  open?: { shape: string };
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

function ranking(pathname: '/top-10/[ranking]' | '/top-10/[ranking]/refine' | '/top-10/[ranking]/history' | '/top-10/[ranking]/rss.xml'): Route<'/top-10/[ranking]'> {
  return {
    resolve(content, locale, { ranking: slug }) {
      const found = content.resolveRanking(locale, slug);
      if (!found) return missing;
      return found.canonical ? page : { kind: 'moved', to: { pathname, params: { ranking: found.slug } } };
    },
    pages: (content, locale) => content.rankings.map((r) => ({ ranking: r.slug[locale] })),
  };
}

function comparison(pathname: '/compare/[devices]' | '/compare/[devices]/preview.png'): Route<'/compare/[devices]'> {
  return {
    resolve(content, _, { devices }) {
      const found = lookupComparison(content, devices);
      if (found.kind === 'missing') return missing;
      if (found.kind === 'page') return page;
      return 'comparison' in found.to
        ? { kind: 'moved', to: { pathname, params: { devices: found.to.comparison } } }
        : { kind: 'moved', to: { pathname: '/devices/[device]', params: { device: found.to.device } } };
    },
    pages: (content) => featuredComparisons(content).map((devices) => ({ devices })),
    prerender: () => [],
    open: { shape: '[a-z0-9]+(?:-[a-z0-9]+)*' },
  };
}

/** Preview images drawn per kind of page, by id: `story/<id>.png`. */
const ogKinds: Record<string, { has: (content: ContentIndex, id: string) => boolean; ids: (content: ContentIndex) => string[] }> = {
  story: { has: (content, id) => !!content.story(id), ids: (content) => content.stories.map((s) => s.id) },
  ranking: { has: (content, id) => !!content.ranking(id), ids: (content) => content.rankings.map((r) => r.id) },
  topic: { has: (content, id) => !!content.topic(id), ids: (content) => content.topics.map((t) => t.id) },
  device: { has: (content, id) => !!content.device(id), ids: (content) => content.devices.map((d) => d.id) },
  site: { has: (_, id) => id === 'home', ids: () => ['home'] },
};

/** Device pages the build renders ahead: the reviewed ones and each ranking's top three. */
function prominentDevices(content: ContentIndex): string[] {
  const ids = new Set<string>();
  for (const r of content.rankings) r.entries.slice(0, 3).forEach((e) => ids.add(e.device.id));
  for (const s of content.listStories({ type: 'review' })) if (s.deviceId) ids.add(s.deviceId);
  return [...ids];
}

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
  '/top-10/[ranking]': ranking('/top-10/[ranking]'),
  '/top-10/[ranking]/refine': { ...ranking('/top-10/[ranking]/refine'), prerender: () => [] },
  '/top-10/[ranking]/history': ranking('/top-10/[ranking]/history'),
  '/top-10/[ranking]/rss.xml': ranking('/top-10/[ranking]/rss.xml'),
  '/devices': fixed,
  '/devices/[device]': {
    resolve: (content, _, { device }) => (content.device(device) ? page : missing),
    pages: (content) => content.devices.map((d) => ({ device: d.id })),
    prerender: (content) => prominentDevices(content).map((device) => ({ device })),
  },
  '/compare': fixed,
  '/compare/[devices]': comparison('/compare/[devices]'),
  '/compare/[devices]/preview.png': comparison('/compare/[devices]/preview.png'),
  '/methodology/[formFactor]': {
    resolve(content, locale, { formFactor }) {
      const found = content.resolveMethodology(locale, formFactor);
      if (!found) return missing;
      return found.canonical ? page : { kind: 'moved', to: { pathname: '/methodology/[formFactor]', params: { formFactor: found.slug } } };
    },
    pages: (content, locale) => content.methodologies.map((m) => ({ formFactor: m.slug[locale] })),
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
