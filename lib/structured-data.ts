import type { Locale } from '@/i18n/locales';
import type { ContentIndex, LocalizedStory } from '@/lib/content';
import { ogImagePath } from './og';
import { pathFor } from './paths';
import { authorHref } from './routes';
import { absoluteUrl, siteName } from './site';

/** schema.org objects for JSON-LD, built from the same content the page shows. */

const publisher = () => ({ '@type': 'Organization', name: siteName, url: absoluteUrl('/') });

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
    const device = content.device(story.deviceId)!;
    return {
      ...base,
      '@type': 'Review',
      name: version.title,
      itemReviewed: {
        '@type': 'Product',
        name: `${device.brand} ${device.model}`,
        brand: { '@type': 'Brand', name: device.brand },
        offers: { '@type': 'Offer', price: device.price, priceCurrency: 'EUR' },
      },
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
