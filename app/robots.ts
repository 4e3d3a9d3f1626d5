import type { MetadataRoute } from 'next';
import { locales } from '@/i18n/locales';
import { pathFor } from '@/lib/paths';
import { absoluteUrl } from '@/lib/site';

export default function robots(): MetadataRoute.Robots {
  return {
    // Search results are pages of other pages: crawlers should follow the stories instead.
    rules: { userAgent: '*', allow: '/', disallow: locales.map((l) => pathFor(l, '/search')) },
    sitemap: absoluteUrl('/sitemap.xml'),
  };
}
