import { getFormatter, getTranslations } from 'next-intl/server';
import type { Device } from '@/lib/content/model';
import { currentPrice, stalePriceDays } from '@/lib/rankings/device-facts';
import { calendarDay } from '@/lib/content/calendar-day';

/** "From 1 099 € on 5 Nov", flagged when the observation is more than a month old. */
export default async function PriceTag({ device, className = '' }: { device: Device; className?: string }) {
  const [t, f] = await Promise.all([getTranslations('guide'), getFormatter()]);
  const price = currentPrice(device);
  const date = calendarDay(price.date);
  return (
    <p className={className ? `price ${className}` : 'price'} data-price-date={price.date} data-stale={price.stale || undefined}>
      {t.rich('priceOn', {
        price: f.number(price.amount, 'euros'),
        date: f.dateTime(date, 'dayMonth'),
        time: (chunks) => <time dateTime={price.date}>{chunks}</time>,
      })}
      {price.stale && <span className="stale">{t('stalePrice', { days: stalePriceDays })}</span>}
    </p>
  );
}
