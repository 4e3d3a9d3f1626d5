import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { specLines } from '@/components/devices/specLines';
import type { ExplorerDevice, ExplorerLabels } from '@/components/rankings/RankingExplorer';
import { pickText } from '@/lib/content/fallback';
import { deviceName } from '@/lib/content/device-name';
import type { Ranking } from '@/lib/content/model';
import { priceSteps, steps, weightSteps } from '@/lib/rankings/filters';
import { rankingHref } from '@/lib/routing/hrefs';
import { everyLocale } from '@/lib/routing/paths';
import { pageMetadata } from '@/lib/seo/metadata';
import { ogImagePath } from '@/lib/seo/og';

export const rankingWhere = (ranking: Ranking) => everyLocale((l) => rankingHref(ranking, l));

export async function rankingMetadata(locale: Locale, ranking: Ranking): Promise<Metadata> {
  return pageMetadata({
    locale,
    title: ranking.title[locale],
    description: pickText(ranking.intro, locale).text,
    where: rankingWhere(ranking),
    image: { path: ogImagePath(locale, 'ranking', ranking.id), alt: ranking.title[locale] },
  });
}

/** What the ranking explorer needs, every string formatted here so no formatter ships to the browser. */
export async function explorerProps(ranking: Ranking) {
  const [t, tSpecs, tRating, f] = await Promise.all([getTranslations('rankings'), getTranslations('specs'), getTranslations('rating'), getFormatter()]);
  const items: ExplorerDevice[] = ranking.entries.map((e) => {
    const name = deviceName(e.device);
    return {
      id: e.device.id,
      rank: e.rank,
      rating: e.rating,
      price: e.device.price,
      weight: e.device.kind === 'monitor' ? null : e.device.specs.weight,
      name,
      specs: specLines(e.device, tSpecs, f).map(({ label, value }) => ({ label, value })),
      priceLabel: f.number(e.device.price, 'euros'),
      ratingLabel: tRating('label', { rating: e.rating }),
      compareLabel: t('compareSelect', { device: name }),
    };
  });
  const labels: ExplorerLabels = {
    tools: t('tools'),
    sortBy: t('sortBy'),
    sortRank: t('sortRank'),
    sortRating: t('sortRating'),
    sortPrice: t('sortPrice'),
    sortWeight: t('sortWeight'),
    maxPrice: t('maxPrice'),
    maxWeight: t('maxWeight'),
    any: t('any'),
    reset: t('reset'),
    compareHint: t('compareHint'),
    compareTitle: t('compareTitle'),
    compareClear: t('compareClear'),
    device: t('device'),
    rank: t('rank'),
    rating: t('rating'),
    showing: Array.from({ length: ranking.entries.length + 1 }, (_, shown) => t('showing', { shown, total: ranking.entries.length })),
  };
  const weights = ranking.entries.flatMap((e) => (e.device.kind === 'monitor' ? [] : [e.device.specs.weight]));
  return {
    items,
    labels,
    priceSteps: steps(priceSteps, ranking.entries.map((e) => e.device.price)).map((value) => ({ value, label: f.number(value, 'euros') })),
    weightSteps:
      ranking.kind === 'monitor'
        ? null
        : steps(weightSteps[ranking.kind], weights).map((value) => ({ value, label: tSpecs('kilograms', { value: f.number(value / 1000, { maximumFractionDigits: 2 }) }) })),
  };
}
