import { getTranslations } from 'next-intl/server';
import { isLocale, locales } from '@/i18n/locales';
import { getContent } from '@/lib/content';
import { rankingHistory, updateAnchor, updateText } from '@/lib/pages/ranking-history';
import { pathFor } from '@/lib/routing/paths';
import { absoluteUrl } from '@/lib/site/config';
import { escapeHtml } from '@/lib/site/escape-html';

export const dynamic = 'force-static';

export function generateStaticParams() {
  const content = getContent();
  return locales.flatMap((locale) => content.rankings.map((r) => ({ locale, ranking: r.slug[locale] })));
}

/** RSS 2.0: each published update of a ranking, newest first, with what changed and why. */
export async function GET(_: Request, { params }: { params: Promise<{ locale: string; ranking: string }> }) {
  const { locale, ranking: slug } = await params;
  const content = getContent();
  const ranking = isLocale(locale) ? content.resolveRanking(locale, slug)?.item : undefined;
  if (!isLocale(locale) || !ranking) return new Response('Not found', { status: 404 });
  const [t, tr] = await Promise.all([getTranslations({ locale, namespace: 'guide' }), getTranslations({ locale, namespace: 'rankings' })]);
  const page = absoluteUrl(pathFor(locale, { pathname: '/top-10/[ranking]', params: { ranking: ranking.slug[locale] } }));
  const history = absoluteUrl(pathFor(locale, { pathname: '/top-10/[ranking]/history', params: { ranking: ranking.slug[locale] } }));
  const self = absoluteUrl(pathFor(locale, { pathname: '/top-10/[ranking]/rss.xml', params: { ranking: ranking.slug[locale] } }));
  const dayFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Paris' });
  const words = { entered: tr('movement.new'), left: t('leftShort'), moved: (from: number, to: number) => t('movedFromTo', { from, to }) };
  const updates = rankingHistory(content, ranking);
  const items = updates.map((u) => {
    const link = `${history}#${updateAnchor(u)}`;
    return `    <item>
      <title>${escapeHtml(t('updateTitle', { ranking: ranking.short[locale], date: dayFormat.format(new Date(u.date)) }))}</title>
      <link>${link}</link>
      <guid isPermaLink="true">${link}</guid>
      <description>${escapeHtml(updateText(u, locale, words))}</description>
      <pubDate>${new Date(u.date).toUTCString()}</pubDate>
    </item>`;
  });
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeHtml(ranking.title[locale])}</title>
    <link>${page}</link>
    <atom:link href="${self}" rel="self" type="application/rss+xml"/>
    <description>${escapeHtml(t('historyDescription', { ranking: ranking.title[locale] }))}</description>
    <language>${locale}</language>
    <lastBuildDate>${new Date(updates[0]?.date ?? ranking.updated).toUTCString()}</lastBuildDate>
${items.join('\n')}
  </channel>
</rss>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8', 'Cache-Control': 'public, max-age=0, s-maxage=86400, stale-while-revalidate=604800' } });
}
