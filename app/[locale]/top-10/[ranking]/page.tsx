import type { Metadata } from 'next';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { specLines } from '@/components/devices/specLines';
import RankingExplorer, { type ExplorerLabels } from '@/components/rankings/RankingExplorer';
import { priceSteps, steps, weightSteps } from '@/lib/ranking-filters';
import PageShell from '@/components/layout/PageShell';
import RankingChanges from '@/components/rankings/RankingChanges';
import RankingEntryCard from '@/components/rankings/RankingEntryCard';
import ShareBar from '@/components/share/ShareBar';
import JsonLd from '@/components/ui/JsonLd';
import { dateValues } from '@/components/ui/DateTime';
import { pickText } from '@/lib/content/fallback';
import { rankingBySlug, rankingMetadata, rankingParams, rankingWhere } from '@/lib/ranking-page';
import { absoluteUrl } from '@/lib/site';

type Props = { params: Promise<{ ranking: string }> };

export function generateStaticParams({ params }: { params: { locale: string } }) {
  return rankingParams(params.locale);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await getLocale();
  return rankingMetadata(locale, rankingBySlug(locale, (await params).ranking));
}

export default async function RankingPage({ params }: Props) {
  const [locale, t, tSpecs, f] = await Promise.all([getLocale(), getTranslations('rankings'), getTranslations('specs'), getFormatter()]);
  const ranking = rankingBySlug(locale, (await params).ranking);
  const intro = pickText(ranking.intro, locale);
  const where = rankingWhere(ranking);
  return (
    <PageShell where={where} section="rankings">
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'ItemList',
          name: ranking.title[locale],
          url: absoluteUrl(where.paths[locale]),
          numberOfItems: ranking.entries.length,
          itemListOrder: 'https://schema.org/ItemListOrderAscending',
          itemListElement: ranking.entries.map((e) => ({
            '@type': 'ListItem',
            position: e.rank,
            item: {
              '@type': 'Product',
              name: `${e.device.brand} ${e.device.model}`,
              brand: { '@type': 'Brand', name: e.device.brand },
              offers: { '@type': 'Offer', price: e.device.price, priceCurrency: 'EUR' },
            },
          })),
        }}
      />
      <header className="mx-auto max-w-4xl">
        <h1 className="text-3xl font-black md:text-4xl">{ranking.title[locale]}</h1>
        <p className="mt-2 text-sm text-muted">{t.rich('updated', await dateValues(ranking.updated))}</p>
        <p className="mt-4 text-lg" lang={intro.locale !== locale ? intro.locale : undefined}>{intro.text}</p>
        <ShareBar url={absoluteUrl(where.paths[locale])} title={ranking.title[locale]} />
      </header>
      <div className="mx-auto max-w-4xl">
        <RankingChanges ranking={ranking} />
        {/* The list is server-rendered; the explorer only orders, filters and compares it. */}
          <RankingExplorer
            items={ranking.entries.map((e) => {
              const name = `${e.device.brand} ${e.device.model}`;
              return {
                id: e.device.id,
                rank: e.rank,
                rating: e.rating,
                price: e.device.price,
                weight: e.device.kind === 'monitor' ? null : e.device.specs.weight,
                name,
                specs: specLines(e.device, tSpecs, f).map(({ label, value }) => ({ label, value })),
                priceLabel: f.number(e.device.price, 'euros'),
                compareLabel: t('compareSelect', { device: name }),
              };
            })}
            cards={Object.fromEntries(ranking.entries.map((e) => [e.device.id, <RankingEntryCard key={e.device.id} entry={e} />]))}
            priceSteps={steps(priceSteps, ranking.entries.map((e) => e.device.price)).map((value) => ({ value, label: f.number(value, 'euros') }))}
            weightSteps={
              ranking.kind === 'monitor'
                ? null
                : steps(weightSteps[ranking.kind], ranking.entries.map((e) => (e.device.kind === 'monitor' ? 0 : e.device.specs.weight))).map((value) => ({
                    value,
                    label: tSpecs('kilograms', { value: f.number(value / 1000, { maximumFractionDigits: 2 }) }),
                  }))
            }
            labels={{
              ...Object.fromEntries(
                (['tools', 'sortBy', 'sortRank', 'sortRating', 'sortPrice', 'sortWeight', 'maxPrice', 'maxWeight', 'any', 'reset', 'compareHint', 'compareTitle', 'compareClear', 'device', 'rank', 'rating'] as const).map((k) => [k, t(k)]),
              ),
              showing: Array.from({ length: ranking.entries.length + 1 }, (_, shown) => t('showing', { shown, total: ranking.entries.length })),
            } as ExplorerLabels}
          />
      </div>
    </PageShell>
  );
}
