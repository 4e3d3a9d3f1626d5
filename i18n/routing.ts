import { defineRouting } from 'next-intl/routing';
import { defaultLocale, locales } from './locales';

/**
 * The one routing object: navigation helpers, the route table (lib/routing/route-table.ts)
 * and the rewrites generated from it all read it. The keys are the internal pathnames,
 * the folders under `app/[locale]/internal/`; the values are what readers see in each
 * language.
 */
export const routing = defineRouting({
  locales,
  defaultLocale,
  // A shared link opens in the language it was shared in: the prefix is always there.
  localePrefix: 'always',
  // The language a reader picks is remembered by the language endpoint (app/language),
  // never by a page response, which a CDN may share between readers.
  localeCookie: false,
  // Alternates are declared per page in <head>, with localized slugs; next-intl's Link
  // header cannot know those and would publish a second, wrong truth.
  alternateLinks: false,
  pathnames: {
    '/': '/',
    '/news': { fr: '/actualites', en: '/news', de: '/nachrichten', es: '/noticias', it: '/notizie' },
    '/news/page/[page]': {
      fr: '/actualites/page/[page]',
      en: '/news/page/[page]',
      de: '/nachrichten/seite/[page]',
      es: '/noticias/pagina/[page]',
      it: '/notizie/pagina/[page]',
    },
    '/news/[slug]': { fr: '/actualites/[slug]', en: '/news/[slug]', de: '/nachrichten/[slug]', es: '/noticias/[slug]', it: '/notizie/[slug]' },
    '/reviews': { fr: '/tests', en: '/reviews', de: '/tests', es: '/analisis', it: '/recensioni' },
    '/reviews/page/[page]': {
      fr: '/tests/page/[page]',
      en: '/reviews/page/[page]',
      de: '/tests/seite/[page]',
      es: '/analisis/pagina/[page]',
      it: '/recensioni/pagina/[page]',
    },
    '/reviews/[slug]': { fr: '/tests/[slug]', en: '/reviews/[slug]', de: '/tests/[slug]', es: '/analisis/[slug]', it: '/recensioni/[slug]' },
    '/topics': { fr: '/rubriques', en: '/topics', de: '/themen', es: '/temas', it: '/argomenti' },
    '/topics/[topic]': { fr: '/rubriques/[topic]', en: '/topics/[topic]', de: '/themen/[topic]', es: '/temas/[topic]', it: '/argomenti/[topic]' },
    '/topics/[topic]/page/[page]': {
      fr: '/rubriques/[topic]/page/[page]',
      en: '/topics/[topic]/page/[page]',
      de: '/themen/[topic]/seite/[page]',
      es: '/temas/[topic]/pagina/[page]',
      it: '/argomenti/[topic]/pagina/[page]',
    },
    '/authors': { fr: '/auteurs', en: '/authors', de: '/autoren', es: '/autores', it: '/autori' },
    '/authors/[author]': { fr: '/auteurs/[author]', en: '/authors/[author]', de: '/autoren/[author]', es: '/autores/[author]', it: '/autori/[author]' },
    '/authors/[author]/page/[page]': {
      fr: '/auteurs/[author]/page/[page]',
      en: '/authors/[author]/page/[page]',
      de: '/autoren/[author]/seite/[page]',
      es: '/autores/[author]/pagina/[page]',
      it: '/autori/[author]/pagina/[page]',
    },
    '/top-10': '/top-10',
    '/top-10/[ranking]': '/top-10/[ranking]',
    // The same list sorted, filtered or re-weighted by the reader (a GET form): rendered per
    // view, never stored by the origin.
    '/top-10/[ranking]/refine': {
      fr: '/top-10/[ranking]/affiner',
      en: '/top-10/[ranking]/refine',
      de: '/top-10/[ranking]/anpassen',
      es: '/top-10/[ranking]/ajustar',
      it: '/top-10/[ranking]/personalizza',
    },
    '/top-10/[ranking]/history': {
      fr: '/top-10/[ranking]/historique',
      en: '/top-10/[ranking]/history',
      de: '/top-10/[ranking]/verlauf',
      es: '/top-10/[ranking]/historial',
      it: '/top-10/[ranking]/cronologia',
    },
    '/top-10/[ranking]/rss.xml': '/top-10/[ranking]/rss.xml',
    '/devices': { fr: '/appareils', en: '/devices', de: '/geraete', es: '/dispositivos', it: '/dispositivi' },
    '/devices/[device]': { fr: '/appareils/[device]', en: '/devices/[device]', de: '/geraete/[device]', es: '/dispositivos/[device]', it: '/dispositivi/[device]' },
    '/compare': { fr: '/comparer', en: '/compare', de: '/vergleich', es: '/comparar', it: '/confronta' },
    // Any 2 to 4 devices of one kind, ids in canonical order joined by `-vs-`.
    '/compare/[devices]': { fr: '/comparer/[devices]', en: '/compare/[devices]', de: '/vergleich/[devices]', es: '/comparar/[devices]', it: '/confronta/[devices]' },
    '/compare/[devices]/preview.png': {
      fr: '/comparer/[devices]/preview.png',
      en: '/compare/[devices]/preview.png',
      de: '/vergleich/[devices]/preview.png',
      es: '/comparar/[devices]/preview.png',
      it: '/confronta/[devices]/preview.png',
    },
    '/methodology/[formFactor]': {
      fr: '/methodologie/[formFactor]',
      en: '/methodology/[formFactor]',
      de: '/methodik/[formFactor]',
      es: '/metodologia/[formFactor]',
      it: '/metodologia/[formFactor]',
    },
    '/search': { fr: '/recherche', en: '/search', de: '/suche', es: '/buscar', it: '/cerca' },
    // Files the app serves per locale: the feed and the link-preview images (`<id>.png`).
    '/rss.xml': '/rss.xml',
    '/og/[kind]/[image]': '/og/[kind]/[image]',
    '/about': { fr: '/a-propos', en: '/about', de: '/ueber-uns', es: '/quienes-somos', it: '/chi-siamo' },
    '/legal': { fr: '/mentions-legales', en: '/legal-notice', de: '/impressum', es: '/aviso-legal', it: '/note-legali' },
  },
});

export type AppPathname = keyof typeof routing.pathnames;
