import { getTranslations } from 'next-intl/server';
import Link from '@/components/ui/AppLink';
import type { PageLocales } from '@/lib/routing/paths';
import LocaleMenu from './LocaleMenu';
import MenuCloser from './MenuCloser';
import RankingsMenu from './RankingsMenu';
import SearchForm from './SearchForm';
import Wordmark from '@/components/ui/Wordmark';

/** The header link a page belongs under. */
export type NavSection = 'news' | 'reviews' | 'rankings' | 'search';


export default async function SiteHeader({ where, section, query }: { where: PageLocales; section?: NavSection; query?: string }) {
  const t = await getTranslations('nav');
  // The search page has its own, larger form: one search landmark per page.
  const withSearch = section !== 'search';
  return (
    <header className="border-b border-line bg-surface">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/" className="mr-2 text-2xl font-black tracking-tight" aria-label={t('home')}>
          <Wordmark />
        </Link>
        <nav aria-label={t('main')} className="order-3 w-full md:order-none md:w-auto">
          <ul className="flex flex-wrap items-center gap-x-1 gap-y-1">
            <li>
              <Link href="/news" className="nav-link" aria-current={section === 'news' ? 'page' : undefined}>
                {t('news')}
              </Link>
            </li>
            <li>
              <Link href="/reviews" className="nav-link" aria-current={section === 'reviews' ? 'page' : undefined}>
                {t('reviews')}
              </Link>
            </li>
            <li>
              <RankingsMenu current={section === 'rankings'} />
            </li>
            <li>
              <Link href="/search" className="nav-link" aria-current={section === 'search' ? 'page' : undefined}>
                {t('search')}
              </Link>
            </li>
          </ul>
        </nav>
        {/* Fixed widths, here and in the language menu: see --spacing-header-tools in app/globals.css. */}
        <div className={`ml-auto flex min-w-0 items-center gap-2 ${withSearch ? 'sm:w-header-tools' : ''}`}>
          {withSearch && (
            <div className="hidden sm:block sm:w-header-search">
              <SearchForm query={query} />
            </div>
          )}
          <LocaleMenu where={where} />
        </div>
      </div>
      <MenuCloser />
    </header>
  );
}
