import { locale as rootLocale } from 'next/root-params';
import { getRequestConfig } from 'next-intl/server';

const messages = {
  fr: { page: { title: 'Le plancher', toggle: 'Afficher le détail', hide: 'Masquer le détail' } },
  en: { page: { title: 'The floor', toggle: 'Show the detail', hide: 'Hide the detail' } },
};

export default getRequestConfig(async () => {
  const locale = (await rootLocale()) === 'en' ? 'en' : 'fr';
  return { locale, messages: messages[locale], timeZone: 'Europe/Paris' };
});
