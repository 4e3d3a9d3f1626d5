import type { Locale } from '@/i18n/locales';
import { pathFor } from '@/lib/routing/paths';

/** Where a page's preview image lives (drawn by app/[locale]/internal/og). */
export type OgKind = 'story' | 'ranking' | 'topic' | 'device' | 'site';

export function ogImagePath(locale: Locale, kind: OgKind, id: string): string {
  return pathFor(locale, { pathname: '/og/[kind]/[image]', params: { kind, image: `${id}.png` } });
}

export const ogSize = { width: 1200, height: 630 } as const;
