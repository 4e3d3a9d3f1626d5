/**
 * The locales of the site, in menu order. French is the newsroom's language and the
 * fallback for everything. Kept free of framework imports so that the content layer,
 * scripts and unit tests can use it outside Next.js.
 */
export const locales = ['fr', 'en', 'de', 'es', 'it'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'fr';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** Each language named in itself, as a reader looks for it in a menu. */
export const localeNames: Record<Locale, string> = {
  fr: 'Français',
  en: 'English',
  de: 'Deutsch',
  es: 'Español',
  it: 'Italiano',
};

/** Open Graph wants territory-qualified locales. */
export const ogLocales: Record<Locale, string> = {
  fr: 'fr_FR',
  en: 'en_GB',
  de: 'de_DE',
  es: 'es_ES',
  it: 'it_IT',
};

/** Where a text is missing in a locale, these are tried in order (see lib/content/fallback.ts). */
export const textFallbacks: Record<Locale, readonly Locale[]> = {
  fr: ['fr'],
  en: ['en', 'fr'],
  de: ['de', 'en', 'fr'],
  es: ['es', 'en', 'fr'],
  it: ['it', 'en', 'fr'],
};

export const timeZone = 'Europe/Paris';
