import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { deviceName } from '@/lib/content/device-name';
import type { Device } from '@/lib/content/model';
import { comparisonParam } from '@/lib/rankings/comparison';
import { everyLocale, pathFor } from '@/lib/routing/paths';
import { pageMetadata } from '@/lib/seo/metadata';

export const comparisonWhere = (devices: Device[]) => everyLocale({ pathname: '/compare/[devices]', params: { devices: comparisonParam(devices.map((d) => d.id)) } });

export async function comparisonMetadata(locale: Locale, devices: Device[], featured: boolean): Promise<Metadata> {
  const t = await getTranslations('guide');
  const names = devices.map(deviceName);
  const title = names.join(t('vs'));
  const meta = pageMetadata({
    locale,
    title,
    shortTitle: t('compareShortTitle', { count: devices.length }),
    description: t('compareDescription', { devices: names.join(', ') }),
    where: comparisonWhere(devices),
    // Only the editors' comparisons are pages for search engines; any other set is a reader's view.
    noindex: !featured,
    image: { path: pathFor(locale, { pathname: '/compare/[devices]/preview.png', params: { devices: comparisonParam(devices.map((d) => d.id)) } }), alt: title },
  });
  return meta;
}
