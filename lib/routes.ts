import { locales, type Locale } from '@/i18n/locales';
import type { ContentIndex } from '@/lib/content';
import type { Author, Ranking, Story, Topic } from '@/lib/content/model';
import { pathFor, type PageLocales } from './paths';

/** Typed hrefs for content pages, and where each page lives in every locale. */

export function storyHref(content: ContentIndex, story: Story, locale: Locale) {
  const slug = content.storySlug(story, locale);
  return story.type === 'news'
    ? ({ pathname: '/news/[slug]', params: { slug } } as const)
    : ({ pathname: '/reviews/[slug]', params: { slug } } as const);
}

export function storyLocales(content: ContentIndex, story: Story): PageLocales {
  const paths = Object.fromEntries(locales.map((l) => [l, pathFor(l, storyHref(content, story, l))])) as Record<Locale, string>;
  return { paths, translated: content.storyLocales(story) };
}

export function topicHref(topic: Topic, locale: Locale, page = 1) {
  return page > 1
    ? ({ pathname: '/topics/[topic]/page/[page]', params: { topic: topic.slug[locale], page: String(page) } } as const)
    : ({ pathname: '/topics/[topic]', params: { topic: topic.slug[locale] } } as const);
}

export function authorHref(author: Author, page = 1) {
  return page > 1
    ? ({ pathname: '/authors/[author]/page/[page]', params: { author: author.id, page: String(page) } } as const)
    : ({ pathname: '/authors/[author]', params: { author: author.id } } as const);
}

export function rankingHref(ranking: Ranking, locale: Locale) {
  return { pathname: '/top-10/[ranking]', params: { ranking: ranking.slug[locale] } } as const;
}

export function listingHref(kind: 'news' | 'reviews', page = 1) {
  if (page <= 1) return kind === 'news' ? ('/news' as const) : ('/reviews' as const);
  return kind === 'news'
    ? ({ pathname: '/news/page/[page]', params: { page: String(page) } } as const)
    : ({ pathname: '/reviews/page/[page]', params: { page: String(page) } } as const);
}
