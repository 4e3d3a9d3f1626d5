import type { ContentIndex } from '@/lib/content';
import { authorHref, listingHref, rankingHref, storyLocales, topicHref } from '@/lib/routing/hrefs';
import { pageCount, pageSize } from '@/lib/routing/pagination';
import { everyLocale, type PageLocales } from '@/lib/routing/paths';
import { storyTypes } from '@/lib/routing/sections';
import { featuredComparisons } from '@/lib/rankings/comparison';
import { noonUtc } from '@/lib/content/calendar-day';

/**
 * Every indexable page of the site, with the locales it really exists in and when it last
 * changed: what the sitemap publishes. Fallback pages of untranslated stories are left
 * out (they are `noindex`: the original is the page to index).
 */
export function sitemapPages(content: ContentIndex): { where: PageLocales; lastModified: string }[] {
  const newest = (stories: { published: string }[]) => stories[0]?.published ?? content.stories[0]!.published;
  const latest = newest(content.stories);
  const pages: { where: PageLocales; lastModified: string }[] = [];
  const add = (where: PageLocales, lastModified: string) => pages.push({ where, lastModified });
  const paginated = (stories: { published: string }[], where: (page: number) => PageLocales) => {
    for (let p = 1; p <= pageCount(stories.length); p++) add(where(p), newest(stories.slice((p - 1) * pageSize)));
  };

  add(everyLocale('/'), latest);
  for (const type of storyTypes) {
    const stories = content.listStories({ type });
    paginated(stories, (p) => everyLocale(listingHref(type, p)));
  }
  add(everyLocale('/topics'), latest);
  for (const topic of content.topics) paginated(content.listStories({ topicId: topic.id }), (p) => everyLocale((l) => topicHref(topic, l, p)));
  add(everyLocale('/authors'), latest);
  for (const author of content.authors) paginated(content.listStories({ authorId: author.id }), (p) => everyLocale(authorHref(author, p)));
  const rankingsUpdated = content.rankings.map((r) => r.updated).sort().at(-1)!;
  add(everyLocale('/top-10'), rankingsUpdated);
  for (const ranking of content.rankings) add(everyLocale((l) => rankingHref(ranking, l)), ranking.updated);
  for (const story of content.stories) {
    const updated = Object.values(story.versions).map((v) => v.updated ?? story.published).sort().at(-1)!;
    add(storyLocales(content, story), updated);
  }
  add(everyLocale('/devices'), rankingsUpdated);
  for (const device of content.devices) add(everyLocale({ pathname: '/devices/[device]', params: { device: device.id } }), noonUtc(device.prices[0]!.date));
  add(everyLocale('/compare'), rankingsUpdated);
  for (const devices of featuredComparisons(content)) add(everyLocale({ pathname: '/compare/[devices]', params: { devices } }), rankingsUpdated);
  for (const ranking of content.rankings) add(everyLocale((l) => ({ pathname: '/top-10/[ranking]/history', params: { ranking: ranking.slug[l] } })), ranking.updated);
  for (const m of content.methodologies) add(everyLocale((l) => ({ pathname: '/methodology/[formFactor]', params: { formFactor: m.slug[l] } })), m.effective);
  add(everyLocale('/about'), latest);
  add(everyLocale('/legal'), latest);
  return pages;
}
