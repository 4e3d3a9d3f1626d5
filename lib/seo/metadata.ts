import type { Metadata } from 'next';
import { defaultLocale, ogLocales, type Locale } from '@/i18n/locales';
import { messagesFor } from '@/i18n/messages';
import { pathFor, type PageLocales } from '@/lib/routing/paths';
import { absoluteUrl, siteName } from '@/lib/site/config';
import { documentTitle } from './document-title';
import { ogImagePath, ogSize } from './og';

interface PageMeta {
  locale: Locale;
  title: string;
  /** A shorter title for the browser tab, when `title` is longer than it shows. */
  shortTitle?: string;
  description: string;
  where: PageLocales;
  /** The page's own title is the whole title (home); otherwise " · Octet" is appended. */
  absoluteTitle?: boolean;
  noindex?: boolean;
  /** The preview image; pages without one of their own share the site's card, whose text
   *  alternative says what that card shows (the site's name and tagline), not the page's title. */
  image?: { path: string; alt: string };
}

/**
 * The metadata every page shares: canonical URL, hreflang alternates for the locales the
 * page really exists in (plus x-default), and the Open Graph basics.
 */
export function pageMetadata({ locale, title, shortTitle, description, where, absoluteTitle, noindex, image }: PageMeta): Metadata {
  const canonical = absoluteUrl(where.paths[locale]);
  const languages: Record<string, string> = {};
  for (const l of where.translated) languages[l] = absoluteUrl(where.paths[l]);
  const xDefault = where.translated.includes(defaultLocale) ? defaultLocale : where.translated[0];
  if (xDefault) languages['x-default'] = absoluteUrl(where.paths[xDefault]);
  const preview = image ?? { path: ogImagePath(locale, 'site', 'home'), alt: `${siteName}: ${messagesFor(locale).site.tagline}` };
  const images = [{ url: absoluteUrl(preview.path), width: ogSize.width, height: ogSize.height, alt: preview.alt, type: 'image/png' }];
  return {
    title: absoluteTitle ? { absolute: title } : documentTitle(title, shortTitle),
    description,
    // Every page announces its language's feed; page metadata replaces the layout's `alternates`.
    alternates: { canonical, languages, types: { 'application/rss+xml': [{ url: absoluteUrl(pathFor(locale, '/rss.xml')), title: `${siteName} (${locale})` }] } },
    robots: noindex ? { index: false, follow: true } : undefined,
    openGraph: {
      title,
      description,
      url: canonical,
      siteName,
      locale: ogLocales[locale],
      alternateLocale: where.translated.filter((l) => l !== locale).map((l) => ogLocales[l]),
      type: 'website',
      images,
    },
    twitter: { card: 'summary_large_image', title, description, images },
  };
}
