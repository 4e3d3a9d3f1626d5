import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import type { ContentIndex } from '@/lib/content';
import type { Story } from '@/lib/content/model';
import { listingHref, storyLocales, topicHref } from '@/lib/routing/hrefs';
import { pathFor } from '@/lib/routing/paths';
import { sections } from '@/lib/routing/sections';
import { pageMetadata } from '@/lib/seo/metadata';
import { ogImagePath } from '@/lib/seo/og';

/** A story page's data: the version this locale shows, where it lives, its trail. */
export async function storyPage(content: ContentIndex, locale: Locale, slug: string) {
  const t = await getTranslations('article');
  const localized = content.localize(content.resolveStory(locale, slug)!.item, locale);
  const { story } = localized;
  const section = sections[story.type];
  const topic = content.topic(story.topicIds[0]!)!;
  return {
    localized,
    where: storyLocales(content, story),
    section,
    /** The section's name where the page names its kind: "Test" for reviews, the topic for news. */
    kicker: story.type === 'review' ? t('review') : topic.name[locale],
    crumbs: [
      { name: t('home'), path: pathFor(locale, '/') },
      { name: t(section.label), path: pathFor(locale, listingHref(story.type)) },
      { name: topic.name[locale], path: pathFor(locale, topicHref(topic, locale)) },
    ],
  };
}

export async function storyMetadata(content: ContentIndex, locale: Locale, story: Story): Promise<Metadata> {
  const t = await getTranslations('article');
  const { version, isFallback } = content.localize(story, locale);
  const meta = pageMetadata({
    locale,
    title: version.title,
    shortTitle: version.shortTitle,
    description: version.lead,
    where: storyLocales(content, story),
    image: { path: ogImagePath(locale, 'story', story.id), alt: version.title },
    // The original-language text inside another interface: readers get it, search engines index the original.
    noindex: isFallback,
  });
  const author = content.author(story.authorId);
  return {
    ...meta,
    authors: author ? [{ name: author.name }] : undefined,
    openGraph: {
      ...meta.openGraph,
      type: 'article',
      publishedTime: story.published,
      modifiedTime: version.updated ?? story.published,
      authors: author ? [author.name] : undefined,
      section: story.type === 'review' ? t('review') : content.topic(story.topicIds[0]!)?.name[locale],
      tags: story.topicIds.map((id) => content.topic(id)?.name[locale] ?? id),
    },
  };
}
