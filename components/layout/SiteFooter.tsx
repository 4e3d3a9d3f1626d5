import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import Wordmark from '@/components/ui/Wordmark';

export default async function SiteFooter() {
  const [t, tSite, locale] = await Promise.all([getTranslations('footer'), getTranslations('site'), getLocale()]);
  return (
    <footer className="mt-16 border-t border-line bg-surface">
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
            <li><Link href="/about" className="hover:text-accent hover:underline">{t('about')}</Link></li>
            <li><Link href="/authors" className="hover:text-accent hover:underline">{t('authors')}</Link></li>
            <li><Link href="/topics" className="hover:text-accent hover:underline">{t('topics')}</Link></li>
            <li><Link href="/legal" className="hover:text-accent hover:underline">{t('legal')}</Link></li>
            <li>
              <a href={`/${locale}/rss.xml`} type="application/rss+xml" className="hover:text-accent hover:underline">
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
