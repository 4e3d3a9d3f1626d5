import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import DeviceSpecs from '@/components/devices/DeviceSpecs';
import RatingBadge from '@/components/ui/RatingBadge';
import { Link } from '@/i18n/navigation';
import { getContent } from '@/lib/content';
import { deviceName } from '@/lib/content/device-name';
import { pickText } from '@/lib/content/fallback';
import type { RankingEntry } from '@/lib/content/model';
import { movement } from '@/lib/rankings/changes';
import { storyHref } from '@/lib/routing/hrefs';

/** One entry of a ranking: rank and movement, device, rating, price, key specs, verdict, review. */
export default async function RankingEntryCard({ entry }: { entry: RankingEntry }) {
  const [locale, t, f] = await Promise.all([getLocale(), getTranslations('rankings'), getFormatter()]);
  const content = getContent();
  const m = movement(entry);
  const verdict = pickText(entry.verdict, locale);
  const review = entry.reviewId ? content.story(entry.reviewId) : undefined;
  const moveText =
    m.kind === 'new' ? t('movement.new') : m.kind === 'same' ? t('movement.same') : t(`movement.${m.kind}`, { places: m.places, previous: m.previous });
  const moveStyle = { new: 'text-new', same: 'text-muted', up: 'text-up', down: 'text-down' }[m.kind];
  const arrow = { new: '★', same: '=', up: '▲', down: '▼' }[m.kind];
  return (
    <article
      className="grid gap-4 rounded-lg border border-line bg-surface p-4 sm:grid-cols-[4.5rem_1fr_auto]"
      data-rank={entry.rank}
      data-movement={m.kind}
      data-device={entry.device.id}
    >
      <div className="flex items-center gap-3 sm:flex-col sm:items-start">
        <p className="text-3xl font-black tabular-nums">
          <span className="sr-only">{t('rank')} </span>
          {entry.rank}
        </p>
        <p className={`text-xs font-semibold ${moveStyle}`} data-testid="movement">
          <span aria-hidden="true">{arrow} </span>
          {moveText}
        </p>
      </div>
      <div className="min-w-0">
        <h2 className="text-xl font-bold">
          {deviceName(entry.device)}
        </h2>
        <p className="text-sm font-semibold text-muted">{t('priceFrom', { price: f.number(entry.device.price, 'euros') })}</p>
        <DeviceSpecs device={entry.device} className="mt-3" />
        <p className="mt-3 text-xs font-semibold tracking-wide text-muted uppercase">{t('verdict')}</p>
        <p className="font-serif text-[1.05rem]" lang={verdict.locale !== locale ? verdict.locale : undefined}>
          {verdict.text}
        </p>
        {review && (
          <p className="mt-2">
            <Link href={storyHref(content, review, locale)} className="font-semibold text-accent hover:underline">
              {t('readReview')} →
            </Link>
          </p>
        )}
      </div>
      <div className="sm:text-right">
        <RatingBadge rating={entry.rating} />
      </div>
    </article>
  );
}
