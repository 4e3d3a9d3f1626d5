import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import PageShell from '@/components/layout/PageShell';
import TeamList from '@/components/listing/TeamList';
import { pageMetadata } from '@/lib/seo/metadata';
import { everyLocale } from '@/lib/routing/paths';

const where = everyLocale('/about');

export async function generateMetadata(): Promise<Metadata> {
  const [t, locale] = await Promise.all([getTranslations('about'), getLocale()]);
  return pageMetadata({ locale, title: t('title'), description: t('description'), where });
}

export default async function AboutPage() {
  const t = await getTranslations('about');
  return (
    <PageShell where={where}>
      <div className="mx-auto max-w-3xl space-y-6">
        <h1 className="text-3xl font-black md:text-4xl">{t('heading')}</h1>
        <p className="text-xl text-muted">{t('intro')}</p>
        <h2 className="text-2xl font-bold">{t('methodTitle')}</h2>
        <p>{t('method')}</p>
        <h2 className="text-2xl font-bold">{t('rankingsTitle')}</h2>
        <p>{t('rankings')}</p>
        <h2 className="text-2xl font-bold">{t('teamTitle')}</h2>
        <TeamList headingLevel={3} />
      </div>
    </PageShell>
  );
}
