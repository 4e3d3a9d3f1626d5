import { getTranslations } from 'next-intl/server';

export default async function SkipLink() {
  const t = await getTranslations('nav');
  return (
    <a
      href="#main"
      className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-accent focus:px-4 focus:py-2 focus:text-accent-ink"
    >
      {t('skip')}
    </a>
  );
}
