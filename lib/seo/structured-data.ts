import type { Locale } from '@/i18n/locales';
import type { ContentIndex, LocalizedStory } from '@/lib/content';
import { deviceName } from '@/lib/content/device-name';
import type { Device, Ranking } from '@/lib/content/model';
import { authorHref } from '@/lib/routing/hrefs';
import { pathFor } from '@/lib/routing/paths';
import { absoluteUrl, siteName } from '@/lib/site/config';
import { ogImagePath } from './og';

/** schema.org objects for JSON-LD, built from the same content the page shows. */

const publisher = () => ({ '@type': 'Organization', name: siteName, url: absoluteUrl('/') });

function product(device: Device) {
  return {
    '@type': 'Product',
    name: deviceName(device),
    brand: { '@type': 'Brand', name: device.brand },
    offers: { '@type': 'Offer', price: device.price, priceCurrency: 'EUR' },
  };
}

export function storyJsonLd(content: ContentIndex, { story, version }: LocalizedStory, locale: Locale, url: string) {
  const author = content.author(story.authorId)!;
  const base = {
    '@context': 'https://schema.org',
    headline: version.title,
    description: version.lead,
    inLanguage: version.locale,
    url,
    mainEntityOfPage: url,
    image: [absoluteUrl(ogImagePath(locale, 'story', story.id))],
    datePublished: story.published,
    dateModified: version.updated ?? story.published,
    author: { '@type': 'Person', name: author.name, url: absoluteUrl(pathFor(locale, authorHref(author))) },
    publisher: publisher(),
  };
  if (story.type === 'review' && story.deviceId && story.rating !== undefined) {
    return {
      ...base,
      '@type': 'Review',
      name: version.title,
      itemReviewed: product(content.device(story.deviceId)!),
      reviewRating: { '@type': 'Rating', ratingValue: story.rating, bestRating: 100, worstRating: 0 },
    };
  }
  return { ...base, '@type': 'NewsArticle', articleSection: content.topic(story.topicIds[0]!)?.name[locale] };
}

export function breadcrumbJsonLd(items: { name: string; path: string }[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({ '@type': 'ListItem', position: i + 1, name: item.name, item: absoluteUrl(item.path) })),
  };
}

export function rankingJsonLd(ranking: Ranking, locale: Locale, url: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    name: ranking.title[locale],
    url,
    numberOfItems: ranking.entries.length,
    itemListOrder: 'https://schema.org/ItemListOrderAscending',
    itemListElement: ranking.entries.map((e) => ({ '@type': 'ListItem', position: e.rank, item: product(e.device) })),
  };
}

export function websiteJsonLd(locale: Locale, name: string, description: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name,
    description,
    url: absoluteUrl(pathFor(locale, '/')),
    inLanguage: locale,
    publisher: publisher(),
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${absoluteUrl(pathFor(locale, '/search'))}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}
