import type { Metadata } from 'next';
import { maxDocumentTitle } from '@/lib/content/schemas';
import { siteName } from '@/lib/site/config';

/**
 * A page's `<title>`: its title and the site's name when both fit in what a browser tab
 * and a search result show, the title alone when only it fits, and otherwise the shorter
 * title the editor wrote (content:check asks for one).
 */
export function documentTitle(title: string, shortTitle?: string): Metadata['title'] {
  const suffixed = (t: string) => `${t} · ${siteName}`.length <= maxDocumentTitle;
  if (suffixed(title)) return title;
  if (title.length <= maxDocumentTitle) return { absolute: title };
  const short = shortTitle ?? title;
  return suffixed(short) ? short : { absolute: short };
}
