import type { MetadataRoute } from 'next';
import { locales } from '@/i18n/locales';
import { pathFor } from '@/lib/routing/paths';
import { absoluteUrl } from '@/lib/site/config';

export default function robots(): MetadataRoute.Robots {
  return {
    // Search results are pages of other pages: crawlers should follow the stories instead.
    // The language endpoint only records a reader's choice; hreflang links the versions.
    rules: { userAgent: '*', allow: '/', disallow: [...locales.map((l) => pathFor(l, '/search')), '/language'] },
    sitemap: absoluteUrl('/sitemap.xml'),
  };
}
