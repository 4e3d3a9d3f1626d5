import { getLocale, getTranslations } from 'next-intl/server';
import { dateValues } from '@/components/ui/DateTime';
import { deviceName as name } from '@/lib/content/device-name';
import type { Ranking } from '@/lib/content/model';
import { rankingChanges } from '@/lib/rankings/changes';

/** What changed at the last update, in words, above the list. */
export default async function RankingChanges({ ranking }: { ranking: Ranking }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations('rankings')]);
  const { entered, left, moved } = rankingChanges(ranking);
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  return (
    <section aria-labelledby="changes-heading" className="my-6 rounded-lg border border-line bg-surface p-4">
      <h2 id="changes-heading" className="font-bold">
        {t.rich('changesTitle', await dateValues(ranking.updated))}
      </h2>
      <p className="mt-1">{ranking.summary[locale]}</p>
      {entered.length + left.length + moved.length === 0 ? (
        <p className="mt-2">{t('noChange')}</p>
      ) : (
        <ul className="mt-2 space-y-1">
          {entered.length > 0 && <li>{t('entered', { count: entered.length, devices: list.format(entered.map((e) => name(e.device))) })}</li>}
          {left.length > 0 && (
            <li>{t('left', { count: left.length, devices: list.format(left.map((l) => t('leftItem', { device: name(l.device), rank: l.previousRank }))) })}</li>
          )}
          {moved.length > 0 && (
            <li>
              {t('moved', {
                count: moved.length,
                devices: list.format(moved.map((e) => t('movedItem', { device: name(e.device), from: e.previousRank!, to: e.rank }))),
              })}
            </li>
          )}
        </ul>
      )}
    </section>
  );
}
