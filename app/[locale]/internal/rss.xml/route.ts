import { getTranslations } from 'next-intl/server';
import { isLocale, locales } from '@/i18n/locales';
import { getContent } from '@/lib/content';
import { storyPath } from '@/lib/routing/hrefs';
import { pathFor } from '@/lib/routing/paths';
import { absoluteUrl } from '@/lib/site/config';
import { escapeHtml } from '@/lib/site/escape-html';

export const dynamic = 'force-static';

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

/** RSS 2.0: the latest stories in this locale (untranslated ones in their original language). */
export async function GET(_: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response('Not found', { status: 404 });
  const t = await getTranslations({ locale, namespace: 'site' });
  const content = getContent();
  const stories = content.stories.slice(0, 30);
  const items = stories.map((s) => {
    const { version } = content.localize(s, locale);
    const url = absoluteUrl(storyPath(content, s, locale));
    return `    <item>
      <title>${escapeHtml(version.title)}</title>
      <link>${url}</link>
      <guid isPermaLink="true">${url}</guid>
      <description>${escapeHtml(version.lead)}</description>
      <pubDate>${new Date(s.published).toUTCString()}</pubDate>
      <dc:creator>${escapeHtml(content.author(s.authorId)?.name ?? '')}</dc:creator>
    </item>`;
  });
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>${escapeHtml(t('name'))}</title>
    <link>${absoluteUrl(pathFor(locale, '/'))}</link>
    <atom:link href="${absoluteUrl(pathFor(locale, '/rss.xml'))}" rel="self" type="application/rss+xml"/>
    <description>${escapeHtml(t('description'))}</description>
    <language>${locale}</language>
    <lastBuildDate>${new Date(stories[0]?.published ?? Date.now()).toUTCString()}</lastBuildDate>
${items.join('\n')}
  </channel>
</rss>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
