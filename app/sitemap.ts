import type { MetadataRoute } from 'next';
import { defaultLocale } from '@/i18n/locales';
import { getContent } from '@/lib/content';
import { sitemapPages } from '@/lib/seo/sitemap-pages';
import { absoluteUrl } from '@/lib/site/config';

/** Every page in every language it exists in, each entry carrying its hreflang alternates. */
export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapPages(getContent()).flatMap(({ where, lastModified }) => {
    const languages: Record<string, string> = Object.fromEntries(where.translated.map((l) => [l, absoluteUrl(where.paths[l])]));
    const xDefault = where.translated.includes(defaultLocale) ? defaultLocale : where.translated[0]!;
    languages['x-default'] = absoluteUrl(where.paths[xDefault]);
    return where.translated.map((l) => ({
      url: absoluteUrl(where.paths[l]),
      lastModified,
      alternates: { languages },
    }));
  });
}
