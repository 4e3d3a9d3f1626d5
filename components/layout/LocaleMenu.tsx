import { getLocale, getTranslations } from 'next-intl/server';
import { localeNames, locales } from '@/i18n/locales';
import { languageHref } from '@/lib/routing/language-switch';
import type { PageLocales } from '@/lib/routing/paths';
import DisclosureMenu from './DisclosureMenu';

/**
 * The language menu: plain links to this page's counterpart in each language, so it works
 * without JavaScript. Each goes through the language endpoint, which remembers the choice
 * for the reader's next visit to `/` and sends them on (lib/routing/language-switch.ts).
 * Full page loads on purpose: the whole document changes language.
 */
export default async function LocaleMenu({ where }: { where: PageLocales }) {
  const [t, locale] = await Promise.all([getTranslations('localeMenu'), getLocale()]);
  return (
    <DisclosureMenu
      id="locale-menu"
      summary={
        <>
          <span className="sr-only">{t('current', { language: localeNames[locale] })}</span>
          <span aria-hidden="true" className="font-semibold uppercase">{locale}</span>
        </>
      }
      title={t('choose')}
      align="right"
      width="w-48"
      summaryClassName="h-8 w-header-language rounded border border-line pl-2.5 text-sm hover:border-accent"
    >
      {locales.map((l) => (
        <li key={l}>
          <a
            href={l === locale ? where.paths[l] : languageHref(where.paths[l])}
            data-switch-to={l}
            rel={l === locale ? undefined : 'nofollow'}
            hrefLang={l}
            lang={l}
            aria-current={l === locale ? 'true' : undefined}
          >
            {localeNames[l]}
            {l === locale && <span aria-hidden="true">✓</span>}
          </a>
        </li>
      ))}
    </DisclosureMenu>
  );
}
