import { defaultLocale, isLocale, type Locale } from '@/i18n/locales';

/**
 * The language of `/`, the only address that chooses one: the reader's remembered choice,
 * then their browser's preferences, then French.
 */

/** A language tag as RFC 5646 shapes it: `de`, `de-DE`, `zh-Hant-TW`; `en_US` is read as `en-US`. */
const tagPattern = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i;

/**
 * The languages of an Accept-Language header, most wanted first. `*` and malformed entries
 * are skipped, not fatal; entries keep their order when their weights tie; `q=0` means
 * "not this one".
 */
export function acceptedLanguages(header: string | null | undefined): string[] {
  if (!header) return [];
  const entries: { tag: string; q: number; index: number }[] = [];
  for (const [index, part] of header.slice(0, 1000).split(',').entries()) {
    const [rawTag = '', ...params] = part.trim().split(';');
    const tag = rawTag.trim().replace(/_/g, '-');
    if (tag === '*' || !tagPattern.test(tag)) continue;
    let q = 1;
    for (const p of params) {
      if (!/^\s*q\s*=/i.test(p)) continue;
      const m = /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/i.exec(p);
      q = m ? Number(m[1]) : NaN; // a malformed weight makes the entry malformed
    }
    if (q > 0 && q <= 1) entries.push({ tag: tag.toLowerCase(), q, index });
  }
  return entries.sort((a, b) => b.q - a.q || a.index - b.index).map((e) => e.tag);
}

/** The first accepted language the site publishes (`de-AT` counts as `de`). */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale | undefined {
  for (const tag of acceptedLanguages(header)) {
    const primary = tag.split('-')[0];
    if (isLocale(primary)) return primary;
  }
  return undefined;
}

export function negotiateLocale({ cookie, acceptLanguage }: { cookie?: string; acceptLanguage?: string | null }): Locale {
  if (isLocale(cookie)) return cookie;
  return localeFromAcceptLanguage(acceptLanguage) ?? defaultLocale;
}
