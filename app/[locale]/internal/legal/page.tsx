import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import PageShell from '@/components/layout/PageShell';
import { pageMetadata } from '@/lib/seo/metadata';
import { everyLocale } from '@/lib/routing/paths';

const where = everyLocale('/legal');

export async function generateMetadata(): Promise<Metadata> {
  const [t, locale] = await Promise.all([getTranslations('legal'), getLocale()]);
  return pageMetadata({ locale, title: t('title'), description: t('description'), where });
}

export default async function LegalPage() {
  const t = await getTranslations('legal');
  return (
    <PageShell where={where}>
      <div className="mx-auto max-w-3xl space-y-4">
        <h1 className="text-3xl font-black md:text-4xl">{t('heading')}</h1>
        <h2 className="pt-4 text-2xl font-bold">{t('publisherTitle')}</h2>
        <p>{t('publisher')}</p>
        <h2 className="pt-4 text-2xl font-bold">{t('hostingTitle')}</h2>
        <p>{t('hosting')}</p>
        <h2 className="pt-4 text-2xl font-bold">{t('privacyTitle')}</h2>
        <p>{t('privacy')}</p>
      </div>
    </PageShell>
  );
}
