import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import PageShell from '@/components/layout/PageShell';
import RankingChanges from '@/components/rankings/RankingChanges';
import RankingEntryCard from '@/components/rankings/RankingEntryCard';
import RankingExplorer from '@/components/rankings/RankingExplorer';
import ShareBar from '@/components/share/ShareBar';
import { dateValues } from '@/components/ui/DateTime';
import JsonLd from '@/components/ui/JsonLd';
import { pickText } from '@/lib/content/fallback';
import { explorerProps, rankingMetadata, rankingWhere } from '@/lib/pages/ranking-page';
import { routePage, staticParams } from '@/lib/pages/route-page';
import { rankingJsonLd } from '@/lib/seo/structured-data';
import { absoluteUrl } from '@/lib/site/config';

type Props = { params: Promise<{ ranking: string }> };

export const generateStaticParams = staticParams('/top-10/[ranking]');

async function rankingOf(params: Props['params']) {
  const { content, locale, params: p } = await routePage('/top-10/[ranking]', params);
  return { locale, ranking: content.resolveRanking(locale, p.ranking)!.item };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, ranking } = await rankingOf(params);
  return rankingMetadata(locale, ranking);
}

export default async function RankingPage({ params }: Props) {
  const [{ locale, ranking }, t] = await Promise.all([rankingOf(params), getTranslations('rankings')]);
  const intro = pickText(ranking.intro, locale);
  const where = rankingWhere(ranking);
  const url = absoluteUrl(where.paths[locale]);
  return (
    <PageShell where={where} section="rankings">
      <JsonLd data={rankingJsonLd(ranking, locale, url)} />
      <header className="mx-auto max-w-4xl">
        <h1 className="text-3xl font-black md:text-4xl">{ranking.title[locale]}</h1>
        <p className="mt-2 text-sm text-muted">{t.rich('updated', await dateValues(ranking.updated))}</p>
        <p className="mt-4 text-lg" lang={intro.locale !== locale ? intro.locale : undefined}>{intro.text}</p>
        <ShareBar url={url} title={ranking.title[locale]} />
      </header>
      <div className="mx-auto max-w-4xl">
        <RankingChanges ranking={ranking} />
        {/* The list is server-rendered; the explorer only orders, filters and compares it. */}
        <RankingExplorer
          {...await explorerProps(ranking)}
          cards={Object.fromEntries(ranking.entries.map((e) => [e.device.id, <RankingEntryCard key={e.device.id} entry={e} />]))}
        />
      </div>
    </PageShell>
  );
}
