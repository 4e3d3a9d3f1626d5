import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { locales, type Locale } from '@/i18n/locales';
import { getContent } from '@/lib/content';
import type { Author, Topic } from '@/lib/content/model';
import { laterPages } from './listings';
import { pageMetadata } from './metadata';
import { ogImagePath } from './og';
import { pageCount, parsePage } from './pagination';
import { sameEverywhere } from './paths';
import { authorHref, topicHref } from './routes';

/** Topic and author pages: a paginated list of stories filtered by one topic or author. */

export function topicBySlug(locale: Locale, slug: string): Topic {
  const found = getContent().resolveTopic(locale, slug);
  if (!found || !found.canonical) notFound();
  return found.item;
}

export function authorById(id: string): Author {
  const author = getContent().author(id);
  if (!author) notFound();
  return author;
}

export function topicStories(topic: Topic) {
  return getContent().listStories({ topicId: topic.id });
}

export function authorStories(author: Author) {
  return getContent().listStories({ authorId: author.id });
}

export function pageFrom(raw: string | undefined, total: number): number {
  if (raw === undefined) return 1;
  const page = parsePage(raw, total);
  if (!page) notFound();
  return page;
}

export const topicWhere = (topic: Topic, page: number) => sameEverywhere((l) => topicHref(topic, l, page));
export const authorWhere = (author: Author, page: number) => sameEverywhere(authorHref(author, page));

export function topicParams(locale: string): { topic: string }[] {
  const l = locales.find((x) => x === locale);
  return l ? getContent().topics.map((t) => ({ topic: t.slug[l] })) : [];
}

export function topicPageParams(locale: string): { topic: string; page: string }[] {
  const l = locales.find((x) => x === locale);
  if (!l) return [];
  return getContent().topics.flatMap((t) => laterPages(pageCount(topicStories(t).length)).map((p) => ({ topic: t.slug[l], ...p })));
}

export function authorParams(withPages: boolean) {
  const content = getContent();
  return content.authors.flatMap((a) =>
    withPages ? laterPages(pageCount(authorStories(a).length)).map((p) => ({ author: a.id, ...p })) : [{ author: a.id }],
  );
}

export async function topicMetadata(locale: Locale, topic: Topic, page: number) {
  const t = await getTranslations('listing');
  const title = t('topicTitle', { topic: topic.name[locale] });
  return pageMetadata({
    locale,
    title: page > 1 ? `${title} · ${t('pageSuffix', { page })}` : title,
    description: t('topicDescription', { topic: topic.name[locale] }),
    where: topicWhere(topic, page),
    image: { path: ogImagePath(locale, 'topic', topic.id), alt: title },
  });
}

export async function authorMetadata(locale: Locale, author: Author, page: number) {
  const t = await getTranslations('listing');
  const title = t('authorTitle', { name: author.name, role: author.role[locale] });
  return pageMetadata({
    locale,
    title: page > 1 ? `${title} · ${t('pageSuffix', { page })}` : title,
    description: t('authorDescription', { name: author.name }),
    where: authorWhere(author, page),
  });
}
