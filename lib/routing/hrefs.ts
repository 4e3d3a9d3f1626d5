import type { Locale } from '@/i18n/locales';
import type { ContentIndex } from '@/lib/content';
import type { Author, Ranking, Story, Topic } from '@/lib/content/model';
import type { StoryType } from '@/lib/content/schemas';
import { everyLocale, pathFor, type Href, type PageLocales } from './paths';
import { sections } from './sections';

/** Typed hrefs of content pages, for `Link`, `pathFor` and the language menu. */

export function storyHref(content: ContentIndex, story: Story, locale: Locale): Href {
  return { pathname: sections[story.type].story, params: { slug: content.storySlug(story, locale) } };
}

/** A story in every locale: its translations under their own slugs, the original elsewhere. */
export function storyLocales(content: ContentIndex, story: Story): PageLocales {
  const { paths } = everyLocale((l) => storyHref(content, story, l));
  return { paths, translated: content.storyLocales(story) };
}

export function topicHref(topic: Topic, locale: Locale, page = 1): Href {
  return page > 1
    ? { pathname: '/topics/[topic]/page/[page]', params: { topic: topic.slug[locale], page: String(page) } }
    : { pathname: '/topics/[topic]', params: { topic: topic.slug[locale] } };
}

export function authorHref(author: Author, page = 1): Href {
  return page > 1
    ? { pathname: '/authors/[author]/page/[page]', params: { author: author.id, page: String(page) } }
    : { pathname: '/authors/[author]', params: { author: author.id } };
}

export function rankingHref(ranking: Ranking, locale: Locale): Href {
  return { pathname: '/top-10/[ranking]', params: { ranking: ranking.slug[locale] } };
}

/** The news or reviews index, or one of its later pages. */
export function listingHref(type: StoryType, page = 1): Href {
  const section = sections[type];
  return page > 1 ? { pathname: section.listingPage, params: { page: String(page) } } : section.listing;
}

export function searchHref(query: string, page = 1): Href {
  if (!query) return '/search';
  return { pathname: '/search', query: page > 1 ? { q: query, page: String(page) } : { q: query } };
}

/** The absolute-path form, for places that take a string (JSON-LD, feeds, the menu). */
export const storyPath = (content: ContentIndex, story: Story, locale: Locale) => pathFor(locale, storyHref(content, story, locale));
