import type { Metadata } from 'next';
import PageShell from '@/components/layout/PageShell';
import CompareForm from '@/components/rankings/CompareForm';
import RankingChanges from '@/components/rankings/RankingChanges';
import EntryList from '@/components/rankings/EntryList';
import RankingHeader from '@/components/rankings/RankingHeader';
import RefineForm from '@/components/rankings/RefineForm';
import JsonLd from '@/components/ui/JsonLd';
import { rankingMetadata, rankingWhere } from '@/lib/pages/ranking-page';
import { routePage, staticParams } from '@/lib/pages/route-page';
import { defaultView } from '@/lib/rankings/refine';
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

/**
 * A ranking, whole and in order, as the newsroom published it. Sorting, filtering and
 * re-weighting lead to the ranking's "refine" address (a GET form), comparing to the
 * comparison pages: this page stays the same for every reader, so it is built once.
 */
export default async function RankingPage({ params }: Props) {
  const { locale, ranking } = await rankingOf(params);
  const where = rankingWhere(ranking);
  return (
    <PageShell where={where} section="rankings">
      <JsonLd data={rankingJsonLd(ranking, locale, absoluteUrl(where.paths[locale]))} />
      <RankingHeader ranking={ranking} title={ranking.title[locale]} />
      <div className="mx-auto max-w-4xl">
        <RankingChanges ranking={ranking} />
        <RefineForm ranking={ranking} view={defaultView} />
        <CompareForm />
        <EntryList entries={ranking.entries.map((entry) => ({ entry }))} published />
      </div>
    </PageShell>
  );
}
