import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import PageShell from '@/components/layout/PageShell';
import TeamList from '@/components/listing/TeamList';
import { pageMetadata } from '@/lib/seo/metadata';
import { everyLocale } from '@/lib/routing/paths';

const where = everyLocale('/authors');

export async function generateMetadata(): Promise<Metadata> {
  const [t, locale] = await Promise.all([getTranslations('listing'), getLocale()]);
  return pageMetadata({ locale, title: t('authorsTitle'), description: t('authorsDescription'), where });
}

export default async function AuthorsIndex() {
  const t = await getTranslations('listing');
  return (
    <PageShell where={where}>
      <h1 className="mb-2 text-3xl font-black md:text-4xl">{t('authorsTitle')}</h1>
      <p className="mb-8 text-lg text-muted">{t('authorsDescription')}</p>
      <TeamList />
    </PageShell>
  );
}
