import { locale as rootLocale } from 'next/root-params';
import { getRequestConfig } from 'next-intl/server';
import { formats } from './formats';
import { defaultLocale, isLocale, timeZone } from './locales';
import { messagesFor } from './messages';

/** The `[locale]` segment; route handlers have no root params and throw here. */
async function segmentLocale(): Promise<string | undefined> {
  try {
    return await rootLocale();
  } catch {
    return undefined;
  }
}

export default getRequestConfig(async ({ locale: explicit }) => {
  // Pages read the locale from the root param, which keeps them statically renderable.
  // Route handlers (feeds, images) pass their locale explicitly.
  const candidate = explicit ?? (await segmentLocale());
  const locale = isLocale(candidate) ? candidate : defaultLocale;
  return {
    locale,
    messages: messagesFor(locale),
    timeZone,
    formats,
  };
});
