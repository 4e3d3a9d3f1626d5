import { getTranslations } from 'next-intl/server';
import HtmlOnceClient, { type HtmlOnceTag } from '@/components/ui/HtmlOnceClient';
import { htmlOnce } from '@/lib/site/html-once-key';

/**
 * Static markup, written as one escaped string by a server component, that is in the HTML
 * document once and not again in the React payload (there, as a string, every `<` and `>`
 * would cost six bytes more). The markup is kept for the HTML pass of the same render
 * (`lib/site/html-once.ts`) and the client half (`HtmlOnceClient`) gets only its digest.
 * Only for markup that depends on the page's address alone, not on its query string or the
 * reader: after a navigation in the app, the client fetches that address for it.
 */
export default async function HtmlOnce({ as, html, className }: { as: HtmlOnceTag; html: string; className?: string }) {
  const t = await getTranslations('site');
  return <HtmlOnceClient as={as} id={htmlOnce(html)} className={className} missing={t('loadFailed')} />;
}
