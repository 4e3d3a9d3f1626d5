import type { Locale } from '@/i18n/locales';
import type { ContentIndex, LocalizedStory } from '@/lib/content';
import { deviceName } from '@/lib/content/device-name';
import type { Device, Ranking } from '@/lib/content/model';
import { authorHref, storyPath } from '@/lib/routing/hrefs';
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

/**
 * A device as a schema.org Product: its offer (the latest observed price, with its day) and,
 * when the newsroom reviewed it, that review and its rating out of 100.
 */
export function productJsonLd(content: ContentIndex, device: Device, locale: Locale, url: string) {
  const review = content.reviewOf(device.id);
  const version = review ? content.localize(review, locale).version : undefined;
  return {
    '@context': 'https://schema.org',
    ...product(device),
    url,
    image: [absoluteUrl(ogImagePath(locale, 'device', device.id))],
    offers: { '@type': 'Offer', price: device.price, priceCurrency: 'EUR', availability: 'https://schema.org/InStock', url },
    ...(review && version && review.rating !== undefined
      ? {
          review: {
            '@type': 'Review',
            name: version.title,
            url: absoluteUrl(storyPath(content, review, locale)),
            datePublished: review.published,
            author: { '@type': 'Organization', name: siteName },
            reviewRating: { '@type': 'Rating', ratingValue: review.rating, bestRating: 100, worstRating: 0 },
          },
        }
      : {}),
  };
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
    // Each entry by the address of its page: the products themselves are described there.
    itemListElement: ranking.entries.map((e) => ({
      '@type': 'ListItem',
      position: e.rank,
      url: absoluteUrl(pathFor(locale, { pathname: '/devices/[device]', params: { device: e.device.id } })),
    })),
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
