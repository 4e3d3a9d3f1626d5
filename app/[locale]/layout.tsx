import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import { locale as rootLocale } from 'next/root-params';
import type { ReactNode } from 'react';
import { getMessages, getTranslations } from 'next-intl/server';
import { ErrorMessagesProvider } from '@/components/layout/ErrorMessages';
import SiteFooter from '@/components/layout/SiteFooter';
import SkipLink from '@/components/layout/SkipLink';
import { isLocale, locales } from '@/i18n/locales';
import { siteUrl } from '@/lib/site/config';
import '../globals.css';

// Unknown locales never get here: no rewrite leads to them (lib/routing/rewrites.ts), and
// app/internal/missing answers them with the global 404 (a
// `dynamicParams = false` here would also stop the long tail of stories from rendering).

// Pages are static, but a CDN should not keep them forever: after an hour it serves the
// cached copy while fetching a fresh one (`s-maxage=3600, stale-while-revalidate`).
export const revalidate = 3600;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('site');
  return {
    metadataBase: new URL(siteUrl),
    title: { template: `%s · ${t('name')}`, default: t('name') },
    description: t('description'),
    applicationName: t('name'),
    formatDetection: { telephone: false },
  };
}

export const viewport: Viewport = {
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbfaf7' },
    { media: '(prefers-color-scheme: dark)', color: '#141518' },
  ],
};

export default async function LocaleLayout({ children }: { children: ReactNode }) {
  const locale = await rootLocale();
  if (!isLocale(locale)) notFound();
  const messages = await getMessages();
  return (
    // The class is set before first paint by the script below; React must not undo it.
    <html lang={locale} suppressHydrationWarning>
      <head>
        {/* Marks a page where scripts run, so interactive controls take their place from
            the first paint instead of shifting the layout when they hydrate. */}
        <script dangerouslySetInnerHTML={{ __html: "document.documentElement.classList.add('js')" }} />
      </head>
      <body className="flex min-h-dvh flex-col antialiased">
        {/* The browser gets no translation runtime: client components take their strings
            as props from server components, and the error page, which cannot, takes its
            own from this provider. */}
        <ErrorMessagesProvider messages={messages.error}>
          <SkipLink />
          <div className="flex-1">{children}</div>
          <SiteFooter />
        </ErrorMessagesProvider>
      </body>
    </html>
  );
}
