import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import type { ContentIndex } from '@/lib/content';
import { deviceName } from '@/lib/content/device-name';
import type { Device } from '@/lib/content/model';
import { everyLocale } from '@/lib/routing/paths';
import { pageMetadata } from '@/lib/seo/metadata';
import { ogImagePath } from '@/lib/seo/og';

export const deviceWhere = (device: Device) => everyLocale({ pathname: '/devices/[device]', params: { device: device.id } });

export async function deviceMetadata(content: ContentIndex, locale: Locale, device: Device): Promise<Metadata> {
  const t = await getTranslations('guide');
  const name = deviceName(device);
  const score = content.scoreOf(device.id);
  return pageMetadata({
    locale,
    title: t('deviceTitle', { device: name }),
    shortTitle: name,
    description: score ? t('deviceDescription', { device: name, rating: score.rating }) : t('deviceDescriptionUnrated', { device: name }),
    where: deviceWhere(device),
    image: { path: ogImagePath(locale, 'device', device.id), alt: name },
  });
}

/** The ranking a device is measured against: the first of the rankings it is in. */
export function homeRanking(content: ContentIndex, device: Device) {
  return content.rankingsOf(device.id)[0]?.ranking;
}
