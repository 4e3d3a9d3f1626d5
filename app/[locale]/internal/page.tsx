import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import StoryCard from '@/components/article/StoryCard';
import PageShell from '@/components/layout/PageShell';
import RankingCard from '@/components/rankings/RankingCard';
import JsonLd from '@/components/ui/JsonLd';
import Link from '@/components/ui/AppLink';
import { websiteJsonLd } from '@/lib/seo/structured-data';
import { getContent } from '@/lib/content';
import { deviceName } from '@/lib/content/device-name';
import { pageMetadata } from '@/lib/seo/metadata';
import { everyLocale } from '@/lib/routing/paths';
import { rankingHref } from '@/lib/routing/hrefs';
import StoryGrid from '@/components/article/StoryGrid';

const where = everyLocale('/');

export async function generateMetadata(): Promise<Metadata> {
  const [t, locale] = await Promise.all([getTranslations('home'), getLocale()]);
  return pageMetadata({ locale, title: t('title'), description: t('description'), where, absoluteTitle: true });
}

export default async function HomePage() {
  const [t, locale] = await Promise.all([getTranslations('home'), getLocale()]);
  const content = getContent();
  const news = content.listStories({ type: 'news' });
  const [lead, ...latest] = news;
  const reviews = content.listStories({ type: 'review' }).slice(0, 4);
  return (
    <PageShell where={where}>
      <JsonLd data={websiteJsonLd(locale, t('title'), t('description'))} />
      <h1 className="sr-only">{t('title')}</h1>
      <div className="grid gap-10 lg:grid-cols-[2fr_1fr]">
        <section aria-labelledby="lead-heading">
          <h2 id="lead-heading" className="mb-3 text-sm font-bold tracking-widest text-muted uppercase">
            {t('heading')}
          </h2>
          {lead && <StoryCard story={lead} variant="lead" priority />}
          <h2 className="mt-10 mb-4 border-b border-line pb-2 text-xl font-bold" id="latest-heading">
            {t('latestNews')}
          </h2>
          <StoryGrid stories={latest.slice(0, 8)} />
          <p className="mt-6">
            <Link href="/news" className="more">
              {t('allNews')} →
            </Link>
          </p>
        </section>
        <aside className="space-y-10">
          <section aria-labelledby="reviews-heading">
            <h2 id="reviews-heading" className="mb-4 border-b border-line pb-2 text-xl font-bold">
              {t('latestReviews')}
            </h2>
            <ul className="space-y-5">
              {reviews.map((s) => (
                <li key={s.id}>
                  <StoryCard story={s} variant="compact" />
                </li>
              ))}
            </ul>
            <p className="mt-4">
              <Link href="/reviews" className="more">
                {t('allReviews')} →
              </Link>
            </p>
          </section>
        </aside>
      </div>
      <section aria-labelledby="rankings-heading" className="mt-14">
        <h2 id="rankings-heading" className="border-b border-line pb-2 text-2xl font-bold">
          {t('rankingsTeaser')}
        </h2>
        <p className="mt-2 text-muted">{t('rankingsTeaserIntro')}</p>
        <ul className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {content.rankings.map((r) => (
            <RankingCard key={r.id} ranking={r}>
              <p className="kicker">
                {r.short[locale]} · {t('numberOne')}
              </p>
              <p className="font-bold">
                <Link href={rankingHref(r, locale)} className="stretch">
                  {deviceName(r.entries[0]!.device)}
                </Link>
              </p>
            </RankingCard>
          ))}
        </ul>
      </section>
    </PageShell>
  );
}
