import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import PageShell from '@/components/layout/PageShell';
import { pickText } from '@/lib/content/fallback';
import { deviceName } from '@/lib/content/device-name';
import { rankingHistory, updateAnchor } from '@/lib/pages/ranking-history';
import { routePage, staticParams } from '@/lib/pages/route-page';
import { rankingHref } from '@/lib/routing/hrefs';
import { everyLocale, pathFor } from '@/lib/routing/paths';
import { pageMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ ranking: string }> };

export const generateStaticParams = staticParams('/top-10/[ranking]/history');

async function rankingOf(params: Props['params']) {
  const { content, locale, params: p } = await routePage('/top-10/[ranking]/history', params);
  const ranking = content.resolveRanking(locale, p.ranking)!.item;
  return { content, locale, ranking, where: everyLocale((l) => ({ pathname: '/top-10/[ranking]/history', params: { ranking: ranking.slug[l] } })) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ locale, ranking, where }, t] = await Promise.all([rankingOf(params), getTranslations('guide')]);
  return pageMetadata({ locale, title: t('historyTitle', { ranking: ranking.title[locale] }), shortTitle: t('historyTitle', { ranking: ranking.short[locale] }), description: t('historyDescription', { ranking: ranking.title[locale] }), where });
}

/** Every published version of a ranking, newest first: what entered, left or moved, and why. */
export default async function RankingHistoryPage({ params }: Props) {
  const [{ content, locale, ranking, where }, t, tr, f] = await Promise.all([rankingOf(params), getTranslations('guide'), getTranslations('rankings'), getFormatter()]);
  const updates = rankingHistory(content, ranking);
  const device = (id: string, name: string) => <a href={pathFor(locale, { pathname: '/devices/[device]', params: { device: id } })} className="font-semibold hover:text-accent hover:underline">{name}</a>;
  return (
    <PageShell where={where} section="rankings">
      <div className="mx-auto max-w-3xl">
        <p className="text-sm">
          <a href={pathFor(locale, rankingHref(ranking, locale))} className="text-accent underline">← {ranking.title[locale]}</a>
        </p>
        <h1 className="mt-2 text-3xl font-black md:text-4xl">{t('historyTitle', { ranking: ranking.title[locale] })}</h1>
        <p className="mt-3 text-muted">
          {t('historyIntro')}{' '}
          <a href={pathFor(locale, { pathname: '/top-10/[ranking]/rss.xml', params: { ranking: ranking.slug[locale] } })} type="application/rss+xml" className="text-accent underline">
            {t('historyFeed')}
          </a>
        </p>
        <ol className="mt-8 space-y-10">
          {updates.map((u, i) => {
            const moves = u.entries.filter((e) => e.previousRank !== e.rank);
            return (
              <li key={u.date} id={updateAnchor(u)} className="border-l-4 border-line pl-4">
                <h2 className="text-xl font-bold">
                  <time dateTime={u.date}>{f.dateTime(new Date(u.date), 'day')}</time>
                  {i === 0 && <span className="ml-2 rounded bg-accent px-2 py-0.5 text-xs text-accent-ink">{t('currentVersion')}</span>}
                </h2>
                <p className="mt-1">{u.summary[locale]}</p>
                {moves.length + u.left.length > 0 && (
                  <ul className="mt-3 space-y-2 text-sm">
                    {moves.map((e) => (
                      <li key={e.device.id} data-move={e.previousRank === null ? 'new' : e.previousRank > e.rank ? 'up' : 'down'}>
                        {device(e.device.id, deviceName(e.device))}{' '}
                        <span className="text-muted">
                          {e.previousRank === null ? tr('movement.new') : t('movedFromTo', { from: e.previousRank, to: e.rank })}
                        </span>
                        {e.reason && <span className="block">{pickText(e.reason, locale).text}</span>}
                      </li>
                    ))}
                    {u.left.map((l) => (
                      <li key={l.device.id} data-move="left">
                        {device(l.device.id, deviceName(l.device))} <span className="text-muted">{t('leftFrom', { rank: l.previousRank })}</span>
                        {l.reason && <span className="block">{pickText(l.reason, locale).text}</span>}
                      </li>
                    ))}
                  </ul>
                )}
                <details className="mt-3 text-sm">
                  <summary className="cursor-pointer text-muted">{t('fullList', { count: u.entries.length })}</summary>
                  <ol className="mt-2 list-decimal pl-6">
                    {u.entries.map((e) => (
                      <li key={e.device.id}>{deviceName(e.device)}</li>
                    ))}
                  </ol>
                </details>
              </li>
            );
          })}
        </ol>
      </div>
    </PageShell>
  );
}
