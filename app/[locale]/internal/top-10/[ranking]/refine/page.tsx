import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import PageShell from '@/components/layout/PageShell';
import CompareForm from '@/components/rankings/CompareForm';
import EntryList from '@/components/rankings/EntryList';
import RankingHeader from '@/components/rankings/RankingHeader';
import RefineForm from '@/components/rankings/RefineForm';
import { deviceName } from '@/lib/content/device-name';
import { rankingWhere } from '@/lib/pages/ranking-page';
import { routePage } from '@/lib/pages/route-page';
import { applyView, parseView, viewQuery, type Hidden } from '@/lib/rankings/refine';
import { pageMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ ranking: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// One page per view a reader can ask for: rendered per request, never stored by the
// origin (a CDN may keep it: next.config.ts). Its canonical address is the ranking.
export const dynamic = 'force-dynamic';

async function viewOf(props: Props) {
  const [{ content, locale, params: p }, query] = await Promise.all([routePage('/top-10/[ranking]/refine', props.params), props.searchParams]);
  const ranking = content.resolveRanking(locale, p.ranking)!.item;
  const method = content.methodology(ranking.kind);
  const search = new URLSearchParams(Object.entries(query).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : Array.isArray(v) && v[0] !== undefined ? [[k, v[0]]] : [])));
  const view = parseView(search, ranking.kind, method);
  return { locale, ranking, method, view };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const [{ locale, ranking }, t] = await Promise.all([viewOf(props), getTranslations('refine')]);
  const where = rankingWhere(ranking);
  return { ...pageMetadata({ locale, title: t('pageTitle', { ranking: ranking.title[locale] }), shortTitle: t('pageTitle', { ranking: ranking.short[locale] }), description: t('pageDescription'), where, noindex: true }) };
}

export default async function RefinedRankingPage(props: Props) {
  const [{ locale, ranking, method, view }, t, tSpecs, f] = await Promise.all([viewOf(props), getTranslations('refine'), getTranslations('specs'), getFormatter()]);
  const { shown, hidden } = applyView(ranking, view, method);
  const limit = (h: Hidden): string => {
    switch (h.filter) {
      case 'maxPrice':
        return f.number(Number(h.limit), 'euros');
      case 'maxWeight':
        return tSpecs('kilograms', { value: f.number(Number(h.limit) / 1000, { maximumFractionDigits: 2 }) });
      case 'minRam':
        return tSpecs('gigabytes', { value: h.limit });
      case 'minBattery':
        return t('hours', { value: h.limit });
      case 'minRefresh':
        return tSpecs('hertz', { value: h.limit });
      case 'panel':
        return String(h.limit);
    }
  };
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  return (
    <PageShell where={rankingWhere(ranking)} section="rankings">
      <RankingHeader ranking={ranking} title={t('pageTitle', { ranking: ranking.title[locale] })} />
      <div className="mx-auto max-w-4xl">
        <RefineForm ranking={ranking} view={view} open />
        <section aria-labelledby="view-status" className="my-4 rounded-lg border border-accent bg-surface p-4 text-sm" data-view={viewQuery(view) || '?'}>
          <h2 id="view-status" className="font-bold">
            {t('showing', { shown: shown.length, total: ranking.entries.length })}
          </h2>
          {view.weights && method && (
            <p className="mt-1">{t('reweighted', { weights: list.format(method.criteria.map((c) => `${c.name[locale]} ${view.weights![c.id]}`)) })}</p>
          )}
          {hidden.length > 0 && (
            <ul className="mt-2 space-y-1">
              {hidden.map((h) => (
                <li key={h.filter} data-hidden={h.filter}>
                  <span className="font-semibold">{t(`hidden.${h.filter}`, { count: h.devices.length, limit: limit(h) })}</span>{' '}
                  <span className="text-muted">({list.format(h.devices.map((e) => deviceName(e.device)))})</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <CompareForm />
        {shown.length === 0 ? (
          <p className="text-lg">{t('nothingLeft')}</p>
        ) : (
          <EntryList entries={shown.map((e) => ({ entry: e.entry, position: e.position, readerRating: view.weights ? e.rating : undefined }))} />
        )}
      </div>
    </PageShell>
  );
}
