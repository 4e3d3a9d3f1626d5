import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import DeviceSpecs from '@/components/devices/DeviceSpecs';
import Alternatives from '@/components/guide/Alternatives';
import Measurements from '@/components/guide/Measurements';
import PriceHistory from '@/components/guide/PriceHistory';
import PriceTag from '@/components/guide/PriceTag';
import RankTimeline from '@/components/guide/RankTimeline';
import ScoreBadge from '@/components/guide/ScoreBadge';
import SubScores from '@/components/guide/SubScores';
import PageShell from '@/components/layout/PageShell';
import ShareBar from '@/components/share/ShareBar';
import JsonLd from '@/components/ui/JsonLd';
import { pickText } from '@/lib/content/fallback';
import { deviceName } from '@/lib/content/device-name';
import { deviceMetadata, deviceWhere, homeRanking } from '@/lib/pages/device-page';
import { routePage, staticParams } from '@/lib/pages/route-page';
import { comparisonParam } from '@/lib/rankings/comparison';
import { mentions } from '@/lib/rankings/device-facts';
import { rankingHref, storyHref } from '@/lib/routing/hrefs';
import { pathFor } from '@/lib/routing/paths';
import { productJsonLd } from '@/lib/seo/structured-data';
import { absoluteUrl } from '@/lib/site/config';
import Link from '@/components/ui/AppLink';
import StoryGrid from '@/components/article/StoryGrid';

type Props = { params: Promise<{ device: string }> };

// The reviewed devices and each ranking's top three are built ahead; the rest render on
// first request and stay cached (lib/routing/route-table.ts).
export const generateStaticParams = staticParams('/devices/[device]');

async function deviceOf(params: Props['params']) {
  const { content, locale, params: p } = await routePage('/devices/[device]', params);
  return { content, locale, device: content.device(p.device)! };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { content, locale, device } = await deviceOf(params);
  return deviceMetadata(content, locale, device);
}

export default async function DevicePage({ params }: Props) {
  const [{ content, locale, device }, t] = await Promise.all([deviceOf(params), getTranslations('guide')]);
  const where = deviceWhere(device);
  const url = absoluteUrl(where.paths[locale]);
  const name = deviceName(device);
  const ranks = content.rankingsOf(device.id);
  const ranking = homeRanking(content, device);
  const entry = ranking?.entries.find((e) => e.device.id === device.id);
  const verdict = entry ? pickText(entry.verdict, locale) : undefined;
  const review = content.reviewOf(device.id);
  const news = mentions(content, device).slice(0, 6);
  const featured = content.comparisonsOf(device.id);
  const section = (id: string, title: string) => ({ id, title });
  const sections = [
    section('specs', t('specsTitle')),
    ...(device.score ? [section('score', t('scoreTitle'))] : []),
    ...(device.measured ? [section('measurements', t('measurementsTitle'))] : []),
    section('prices', t('priceHistory')),
    ...(ranks.length > 0 || content.rankTimeline(device.id).length > 0 ? [section('ranks', t('ranksTitle'))] : []),
    section('alternatives', t('alternativesTitle')),
  ];
  return (
    <PageShell where={where} section="rankings">
      <JsonLd data={productJsonLd(content, device, locale, url)} />
      <header className="flex flex-wrap items-start justify-between gap-6 border-b border-line pb-6">
        <div className="min-w-0">
          <p className="text-sm font-bold tracking-widest text-accent uppercase">{t(`kinds.${device.kind}`)}</p>
          <h1 className="mt-1 text-3xl font-black md:text-4xl">{name}</h1>
          <PriceTag device={device} className="mt-2" />
          {ranks.length > 0 && (
            <ul className="mt-3 flex flex-wrap gap-2 text-sm">
              {ranks.map(({ ranking: r, rank }) => (
                <li key={r.id}>
                  <Link href={rankingHref(r, locale)} className="rounded-full border border-line px-3 py-1 hover:border-accent hover:text-accent">
                    {t('rankIn', { rank, ranking: r.short[locale] })}
                  </Link>
                </li>
              ))}
            </ul>
          )}
          {verdict && (
            <p className="mt-4 max-w-2xl font-serif text-lg" lang={verdict.locale !== locale ? verdict.locale : undefined}>
              {verdict.text}
            </p>
          )}
          {review && (
            <p className="mt-3">
              <Link href={storyHref(content, review, locale)} className="font-semibold text-accent underline">
                {t('readReview')}
              </Link>
            </p>
          )}
        </div>
        <ScoreBadge device={device} size="lg" />
      </header>
      <nav aria-label={t('onThisPage')} className="my-6 text-sm">
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {sections.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`} className="text-accent hover:underline">{s.title}</a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="grid gap-12">
        <section aria-labelledby="specs">
          <h2 id="specs" className="mb-3 text-2xl font-bold">{t('specsTitle')}</h2>
          <p className="mb-3 text-sm text-muted">{t('specsNote')}</p>
          <DeviceSpecs device={device} detail="full" />
        </section>
        {device.score && (
          <section aria-labelledby="score">
            <h2 id="score" className="mb-3 text-2xl font-bold">{t('scoreTitle')}</h2>
            <SubScores device={device} />
          </section>
        )}
        {device.measured && (
          <section aria-labelledby="measurements">
            <h2 id="measurements" className="mb-1 text-2xl font-bold">{t('measurementsTitle')}</h2>
            <p className="mb-4 text-sm text-muted">{t('measurementsNote')}</p>
            <Measurements device={device} ranking={ranking} />
          </section>
        )}
        <section aria-labelledby="prices">
          <h2 id="prices" className="mb-3 text-2xl font-bold">{t('priceHistory')}</h2>
          <PriceHistory device={device} />
        </section>
        <section aria-labelledby="ranks">
          <h2 id="ranks" className="mb-3 text-2xl font-bold">{t('ranksTitle')}</h2>
          <RankTimeline device={device} />
        </section>
        <section aria-labelledby="alternatives">
          <h2 id="alternatives" className="mb-3 text-2xl font-bold">{t('alternativesTitle')}</h2>
          <Alternatives device={device} />
          {featured.length > 0 && (
            <ul className="mt-4 space-y-1 text-sm">
              {featured.map((c) => {
                const ids = c.devices.map((d) => d.id);
                return (
                  <li key={ids.join()}>
                    <a href={pathFor(locale, { pathname: '/compare/[devices]', params: { devices: comparisonParam(ids) } })} className="text-accent underline">
                      {c.devices.map(deviceName).join(' / ')}
                    </a>
                  </li>
                );
              })}
            </ul>
          )}
        </section>
        {news.length > 0 && (
          <section aria-labelledby="news">
            <h2 id="news" className="mb-4 text-2xl font-bold">{t('newsTitle', { device: name })}</h2>
            <StoryGrid stories={news} />
          </section>
        )}
      </div>
      <ShareBar url={url} title={name} />
    </PageShell>
  );
}
