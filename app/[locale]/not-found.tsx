import { getLocale, getTranslations } from 'next-intl/server';
import { pathFor } from '@/lib/routing/paths';
import { notFoundMetadata } from '@/lib/seo/not-found-metadata';

// Reached only by `notFound()` during client navigation (a hard request to an unknown
// address gets the full prerendered page from app/internal/missing). Every page carries
// this boundary in its React payload, so it is kept to a few words and a link.
export const generateMetadata = notFoundMetadata;

export default async function NotFound() {
  const [t, locale] = await Promise.all([getTranslations('notFound'), getLocale()]);
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-16 text-center">
      <h1 className="text-3xl font-bold">{t('heading')}</h1>
      <p className="mt-6">
        <a href={pathFor(locale, '/')} className="font-semibold text-accent underline">{t('home')}</a>
      </p>
    </main>
  );
}
