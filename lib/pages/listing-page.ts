import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import type { ContentIndex } from '@/lib/content';
import type { Author, Topic } from '@/lib/content/model';
import type { StoryType } from '@/lib/content/schemas';
import { authorHref, listingHref, topicHref } from '@/lib/routing/hrefs';
import { everyLocale, type Href, type PageLocales } from '@/lib/routing/paths';
import { pageMetadata } from '@/lib/seo/metadata';
import { ogImagePath } from '@/lib/seo/og';

/**
 * The paginated story lists: the news and reviews indexes, a topic, an author. Each is
 * its stories, the address of each of its pages, and the metadata of page `page`.
 */
export interface Listing {
  stories: ReturnType<ContentIndex['listStories']>;
  hrefFor: (page: number) => Href;
  where: (page: number) => PageLocales;
}

export function sectionListing(content: ContentIndex, type: StoryType): Listing {
  return {
    stories: content.listStories({ type }),
    hrefFor: (page) => listingHref(type, page),
    where: (page) => everyLocale(listingHref(type, page)),
  };
}

export function topicListing(content: ContentIndex, topic: Topic, locale: Locale): Listing {
  return {
    stories: content.listStories({ topicId: topic.id }),
    hrefFor: (page) => topicHref(topic, locale, page),
    where: (page) => everyLocale((l) => topicHref(topic, l, page)),
  };
}

export function authorListing(content: ContentIndex, author: Author): Listing {
  return {
    stories: content.listStories({ authorId: author.id }),
    hrefFor: (page) => authorHref(author, page),
    where: (page) => everyLocale(authorHref(author, page)),
  };
}

async function titled(locale: Locale, title: string, description: string, where: PageLocales, page: number, image?: { path: string; alt: string }) {
  const t = await getTranslations('listing');
  return pageMetadata({ locale, title: page > 1 ? `${title} · ${t('pageSuffix', { page })}` : title, description, where, image });
}

export async function sectionMetadata(content: ContentIndex, type: StoryType, locale: Locale, page: number): Promise<Metadata> {
  const t = await getTranslations('listing');
  const [title, description] = type === 'news' ? [t('newsTitle'), t('newsDescription')] : [t('reviewsTitle'), t('reviewsDescription')];
  return titled(locale, title, description, sectionListing(content, type).where(page), page);
}

export async function topicMetadata(content: ContentIndex, topic: Topic, locale: Locale, page: number): Promise<Metadata> {
  const t = await getTranslations('listing');
  const title = t('topicTitle', { topic: topic.name[locale] });
  return titled(locale, title, t('topicDescription', { topic: topic.name[locale] }), topicListing(content, topic, locale).where(page), page, {
    path: ogImagePath(locale, 'topic', topic.id),
    alt: title,
  });
}

export async function authorMetadata(content: ContentIndex, author: Author, locale: Locale, page: number): Promise<Metadata> {
  const t = await getTranslations('listing');
  return titled(locale, t('authorTitle', { name: author.name, role: author.role[locale] }), t('authorDescription', { name: author.name }), authorListing(content, author).where(page), page);
}
