import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { locales, type Locale } from '@/i18n/locales';
import { getContent } from '@/lib/content';
import type { StoryType } from '@/lib/content/schemas';
import { pageMetadata } from './metadata';
import { prerenderStories } from './prerender';
import { ogImagePath } from './og';
import { pathFor } from './paths';
import { storyHref, storyLocales } from './routes';

/** Static params for a story route: the newest stories of that type (see lib/prerender.ts). */
export function storyParams(type: StoryType, locale: string): { slug: string }[] {
  const content = getContent();
  if (!locales.includes(locale as Locale)) return [];
  const recent = new Set(content.stories.slice(0, prerenderStories));
  return content
    .listStories({ type })
    .filter((s) => recent.has(s))
    .map((s) => ({ slug: content.storySlug(s, locale as Locale) }));
}

/**
 * The story a URL names. The proxy already answers former slugs and unknown ones; this is
 * the same rule for requests that reach the page some other way (client navigation).
 */
export function storyFor(type: StoryType, locale: Locale, slug: string) {
  const content = getContent();
  const found = content.resolveStory(locale, slug);
  if (!found) notFound();
  if (!found.canonical || found.item.type !== type) permanentRedirect(pathFor(locale, storyHref(content, found.item, locale)));
  return content.localize(found.item, locale);
}

export async function storyMetadata(type: StoryType, locale: Locale, slug: string): Promise<Metadata> {
  const content = getContent();
  const { story, version, isFallback } = storyFor(type, locale, slug);
  const t = await getTranslations('article');
  const meta = pageMetadata({
    locale,
    title: version.title,
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
