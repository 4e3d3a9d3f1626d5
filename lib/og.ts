import type { Locale } from '@/i18n/locales';

/** Where a page's preview image lives (see app/[locale]/og). */
export type OgKind = 'story' | 'ranking' | 'topic' | 'site';

export function ogImagePath(locale: Locale, kind: OgKind, id: string): string {
  return `/${locale}/og/${kind}/${id}.png`;
}

export const ogSize = { width: 1200, height: 630 } as const;
