import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { getContent } from '@/lib/content';
import type { Device } from '@/lib/content/model';
import { rankingHref } from '@/lib/routing/hrefs';
import { pathFor } from '@/lib/routing/paths';

/** A device's place in each ranking at each published update, oldest first. */
export default async function RankTimeline({ device }: { device: Device }) {
  const content = getContent();
  const points = content.rankTimeline(device.id);
  if (points.length === 0) return null;
  const [t, f, locale] = await Promise.all([getTranslations('guide'), getFormatter(), getLocale()]);
  const byRanking = new Map<string, typeof points>();
  for (const p of points) byRanking.set(p.rankingId, [...(byRanking.get(p.rankingId) ?? []), p]);
  return (
    <div className="space-y-4" data-testid="rank-timeline">
      {[...byRanking].map(([rankingId, list]) => {
        const ranking = content.ranking(rankingId)!;
        const ordered = [...list].sort((a, b) => a.date.localeCompare(b.date));
        return (
          <div key={rankingId}>
            <h3 className="font-semibold">
              <a href={pathFor(locale, rankingHref(ranking, locale))} className="hover:text-accent hover:underline">{ranking.title[locale]}</a>
            </h3>
            <ol className="mt-1 flex flex-wrap gap-2 text-sm">
              {ordered.map((p) => (
                <li key={p.date} className="rounded border border-line px-2 py-1">
                  <time dateTime={p.date} className="text-muted">{f.dateTime(new Date(p.date), 'short')}</time>{' '}
                  <span className="font-semibold tabular-nums">{p.rank === null ? t('notListed') : t('rankN', { rank: p.rank })}</span>
                </li>
              ))}
            </ol>
          </div>
        );
      })}
    </div>
  );
}
