import { getFormatter, getTranslations } from 'next-intl/server';
import type { Device } from '@/lib/content/model';
import { calendarDay } from '@/lib/content/calendar-day';

/** Every price we observed, newest first, each with its day. */
export default async function PriceHistory({ device }: { device: Device }) {
  const [t, f] = await Promise.all([getTranslations('guide'), getFormatter()]);
  return (
    <table className="w-full max-w-md border-collapse text-sm" data-testid="price-history">
      <caption className="sr-only">{t('priceHistory')}</caption>
      <thead>
        <tr>
          <th scope="col" className="border-b border-line p-1.5 text-left">{t('observedOn')}</th>
          <th scope="col" className="border-b border-line p-1.5 text-right">{t('price')}</th>
        </tr>
      </thead>
      <tbody>
        {device.prices.map((p) => (
          <tr key={p.date}>
            <td className="border-b border-line p-1.5">
              <time dateTime={p.date}>{f.dateTime(calendarDay(p.date), 'day')}</time>
            </td>
            <td className="border-b border-line p-1.5 text-right tabular-nums">{f.number(p.amount, 'euros')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
