import { getLocale, getTranslations } from 'next-intl/server';
import { pathFor } from '@/lib/routing/paths';
import Wordmark from '@/components/ui/Wordmark';

export default async function SiteFooter() {
  const [t, tSite, locale] = await Promise.all([getTranslations('footer'), getTranslations('site'), getLocale()]);
  return (
    <footer className="site-footer mt-16 border-t border-line bg-surface">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 text-sm md:grid-cols-[2fr_1fr]">
        <div className="space-y-2">
          <p className="text-lg font-black">
            <Wordmark />
          </p>
          <p className="text-muted">{tSite('tagline')}</p>
          <p className="text-muted">{t('promise')}</p>
        </div>
        <nav aria-label={t('about')}>
          <ul className="space-y-1.5">
            <li><a href={pathFor(locale, '/about')}>{t('about')}</a></li>
            <li><a href={pathFor(locale, '/authors')}>{t('authors')}</a></li>
            <li><a href={pathFor(locale, '/topics')}>{t('topics')}</a></li>
            <li><a href={pathFor(locale, '/legal')}>{t('legal')}</a></li>
            <li>
              <a href={pathFor(locale, '/rss.xml')} type="application/rss+xml">
                {t('rss')}
              </a>
            </li>
          </ul>
        </nav>
      </div>
      <p className="mx-auto max-w-6xl px-4 pb-8 text-xs text-muted">{t('rights', { year: new Date().getFullYear() })}</p>
    </footer>
  );
}
