import { getTranslations } from 'next-intl/server';
import { isLocale } from '@/i18n/locales';
import { getContent } from '@/lib/content';
import { deviceName } from '@/lib/content/device-name';
import { lookupComparison } from '@/lib/rankings/comparison';
import { renderOgImage } from '@/lib/seo/og-image';

// A comparison's link preview: drawn per request (the proxy has checked the address) and
// never stored by the origin; CDNs and messengers may keep it a day.
export const dynamic = 'force-dynamic';

export async function GET(_: Request, { params }: { params: Promise<{ locale: string; devices: string }> }) {
  const { locale, devices } = await params;
  const found = isLocale(locale) ? lookupComparison(getContent(), devices) : { kind: 'missing' as const };
  if (!isLocale(locale) || found.kind !== 'page') return new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store' } });
  const t = await getTranslations({ locale, namespace: 'guide' });
  const png = renderOgImage({
    kicker: t('compareKicker'),
    title: found.devices.map(deviceName).join(t('vs')),
    footer: found.devices.map((d) => (d.score ? `${d.score.rating}/100` : '–')).join(t('vs')),
  });
  png.headers.set('Cache-Control', 'public, max-age=86400, s-maxage=86400, stale-while-revalidate=604800');
  return png;
}
