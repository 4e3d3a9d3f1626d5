import { getTranslations } from 'next-intl/server';
import { isLocale, type Locale } from '@/i18n/locales';
import { getContent } from '@/lib/content';
import { deviceName } from '@/lib/content/device-name';
import { renderOgImage, type OgCard } from '@/lib/seo/og-image';

// Each image is drawn on its first request and then served from the cache: the build does
// not pay for images of stories nobody shares. Only real (kind, id) pairs get here: the
// rewrites list them (lib/routing/route-table.ts), so no stranger can fill the cache.
export const dynamic = 'force-static';
export const revalidate = false;

export function generateStaticParams() {
  return [];
}

const day = (locale: Locale, iso: string) =>
  new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Paris' }).format(new Date(iso));

async function card(locale: Locale, kind: string, id: string): Promise<OgCard | undefined> {
  const content = getContent();
  const t = await getTranslations({ locale });
  switch (kind) {
    case 'story': {
      const story = content.story(id);
      if (!story) return undefined;
      const { version } = content.localize(story, locale);
      const section = story.type === 'review' ? t('article.review') : content.topic(story.topicIds[0]!)?.name[locale] ?? '';
      return { kicker: section, title: version.title, footer: day(locale, story.published), rating: story.rating };
    }
    case 'ranking': {
      const ranking = content.ranking(id);
      if (!ranking) return undefined;
      const first = ranking.entries[0]!.device;
      return { kicker: t('nav.rankings'), title: ranking.title[locale], footer: t('rankings.numberOne', { device: deviceName(first) }) };
    }
    case 'topic': {
      const topic = content.topic(id);
      if (!topic) return undefined;
      return { kicker: t('nav.topics'), title: topic.name[locale], footer: t('site.tagline') };
    }
    case 'device': {
      const device = content.device(id);
      if (!device) return undefined;
      const price = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(device.price);
      return { kicker: t(`guide.kinds.${device.kind}`), title: deviceName(device), footer: price, rating: device.score?.rating };
    }
    case 'site':
      return id === 'home' ? { kicker: t('nav.news'), title: t('site.tagline'), footer: t('home.title') } : undefined;
    default:
      return undefined;
  }
}

export async function GET(_: Request, { params }: { params: Promise<{ locale: string; kind: string; image: string }> }) {
  const { locale, kind, image } = await params;
  const id = image.endsWith('.png') ? image.slice(0, -4) : undefined;
  const data = isLocale(locale) && id ? await card(locale, kind, id) : undefined;
  if (!data) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const png = renderOgImage(data);
  // Messengers and CDNs may keep a preview for a day and refresh it in the background.
  png.headers.set('Cache-Control', 'public, max-age=86400, s-maxage=86400, stale-while-revalidate=604800');
  return png;
}
