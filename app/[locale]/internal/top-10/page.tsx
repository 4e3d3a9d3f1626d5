import type { Metadata } from 'next';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import PageShell from '@/components/layout/PageShell';
import RankingCard from '@/components/rankings/RankingCard';
import Link from '@/components/ui/AppLink';
import { getContent } from '@/lib/content';
import { deviceName } from '@/lib/content/device-name';
import { rankingHref } from '@/lib/routing/hrefs';
import { everyLocale } from '@/lib/routing/paths';
import { pageMetadata } from '@/lib/seo/metadata';

const where = everyLocale('/top-10');

export async function generateMetadata(): Promise<Metadata> {
  const [t, locale] = await Promise.all([getTranslations('rankings'), getLocale()]);
  return pageMetadata({ locale, title: t('indexTitle'), description: t('indexDescription'), where });
}

export default async function RankingsIndex() {
  const [t, locale, f] = await Promise.all([getTranslations('rankings'), getLocale(), getFormatter()]);
  return (
    <PageShell where={where} section="rankings">
      <h1 className="text-3xl font-black md:text-4xl">{t('indexTitle')}</h1>
      <p className="mt-3 max-w-3xl text-lg text-muted">{t('indexIntro')}</p>
      <ol className="mt-8 grid gap-4 md:grid-cols-2">
        {getContent().rankings.map((r) => (
          <RankingCard key={r.id} ranking={r}>
            <h2 className="font-bold">
              <Link href={rankingHref(r, locale)} className="stretch hover:text-accent">
                {r.title[locale]}
              </Link>
            </h2>
            <p className="text-sm">{t('numberOne', { device: deviceName(r.entries[0]!.device) })}</p>
            <p className="text-xs text-muted">
              {t('entries', { count: r.size })} ·{' '}
              {t.rich('updated', { date: f.dateTime(new Date(r.updated), 'day'), time: (c) => <time dateTime={r.updated}>{c}</time> })}
            </p>
          </RankingCard>
        ))}
      </ol>
    </PageShell>
  );
}
