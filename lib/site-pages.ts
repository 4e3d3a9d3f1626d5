import { getContent } from '@/lib/content';
import { topicStories, authorStories, topicWhere, authorWhere } from './collection-page';
import { listing } from './listings';
import { pageCount } from './pagination';
import { sameEverywhere, type PageLocales } from './paths';
import { rankingWhere } from './ranking-page';
import { storyLocales } from './routes';

/**
 * Every indexable page of the site, with the locales it really exists in and when it last
 * changed: what the sitemap publishes. Fallback pages of untranslated stories are left
 * out (they are `noindex`: the original is the page to index).
 */
export function sitePages(): { where: PageLocales; lastModified: string }[] {
  const content = getContent();
  const newest = (stories: { published: string }[]) => stories[0]?.published ?? content.stories[0]!.published;
  const latest = newest(content.stories);
  const pages: { where: PageLocales; lastModified: string }[] = [];
  const add = (where: PageLocales, lastModified: string) => pages.push({ where, lastModified });

  add(sameEverywhere('/'), latest);
  for (const kind of ['news', 'reviews'] as const) {
    const l = listing(kind);
    for (let p = 1; p <= l.pages; p++) add(l.where(p), newest(l.stories.slice((p - 1) * 20)));
  }
  add(sameEverywhere('/topics'), latest);
  for (const topic of content.topics) {
    const stories = topicStories(topic);
    for (let p = 1; p <= pageCount(stories.length); p++) add(topicWhere(topic, p), newest(stories));
  }
  add(sameEverywhere('/authors'), latest);
  for (const author of content.authors) {
    const stories = authorStories(author);
    for (let p = 1; p <= pageCount(stories.length); p++) add(authorWhere(author, p), newest(stories));
  }
  const rankingsUpdated = content.rankings.map((r) => r.updated).sort().at(-1)!;
  add(sameEverywhere('/top-10'), rankingsUpdated);
  for (const ranking of content.rankings) add(rankingWhere(ranking), ranking.updated);
  for (const story of content.stories) {
    const updated = Object.values(story.versions).map((v) => v.updated ?? story.published).sort().at(-1)!;
    add(storyLocales(content, story), updated);
  }
  add(sameEverywhere('/about'), latest);
  add(sameEverywhere('/legal'), latest);
  return pages;
}
