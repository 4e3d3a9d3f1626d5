import { getLocale, getTranslations } from 'next-intl/server';
import { getContent } from '@/lib/content';
import { deviceName } from '@/lib/content/device-name';
import type { Device } from '@/lib/content/model';
import { comparisonParam } from '@/lib/rankings/comparison';
import { alternatives } from '@/lib/rankings/device-facts';
import { pathFor } from '@/lib/routing/paths';
import PriceTag from './PriceTag';

/** The nearest alternatives: cheaper, lighter, better rated, each with a comparison. */
export default async function Alternatives({ device }: { device: Device }) {
  const [t, locale] = await Promise.all([getTranslations('guide'), getLocale()]);
  const found = alternatives(getContent(), device);
  const rows = (['cheaper', 'lighter', 'betterRated'] as const).flatMap((k) => (found[k] ? [{ key: k, other: found[k]! }] : []));
  if (rows.length === 0) return null;
  return (
    <ul className="grid gap-4 sm:grid-cols-3" data-testid="alternatives">
      {rows.map(({ key, other }) => (
        <li key={key} className="rounded-lg border border-line bg-surface p-4" data-alternative={key}>
          <p className="text-xs font-bold tracking-wide text-muted uppercase">{t(`alternative.${key}`)}</p>
          <p className="mt-1 font-bold">
            <a href={pathFor(locale, { pathname: '/devices/[device]', params: { device: other.id } })} className="hover:text-accent hover:underline">
              {deviceName(other)}
            </a>
          </p>
          <p className="text-sm">{t('ratedN', { rating: other.score!.rating })}</p>
          <PriceTag device={other} />
          <p className="mt-2 text-sm">
            <a href={pathFor(locale, { pathname: '/compare/[devices]', params: { devices: comparisonParam([device.id, other.id]) } })} className="text-accent underline">
              {t('compareWith', { device: deviceName(other) })}
            </a>
          </p>
        </li>
      ))}
    </ul>
  );
}
