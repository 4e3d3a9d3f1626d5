import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { getContent } from '@/lib/content';

/**
 * The Top 10 menu: a native disclosure, so it opens with a click, Enter or Space and works
 * without JavaScript. Lists the fifteen rankings in the newsroom's order.
 */
export default async function RankingsMenu({ current }: { current?: boolean }) {
  const [t, locale] = await Promise.all([getTranslations('nav'), getLocale()]);
  const rankings = getContent().rankings;
  return (
    <details className="group relative" data-menu>
      <summary
        className="flex items-center gap-1 rounded px-2 py-1 font-semibold hover:text-accent"
        aria-current={current ? 'page' : undefined}
      >
        {t('rankings')}
        <span aria-hidden="true" className="text-xs transition-transform group-open:rotate-180">▾</span>
      </summary>
      <div className="absolute left-0 z-40 mt-2 w-[min(22rem,calc(100vw-2rem))] rounded-lg border border-line bg-surface p-2 shadow-xl">
        <p className="px-2 pt-1 pb-2 text-sm font-semibold text-muted" id="rankings-menu-title">
          {t('rankingsMenu')}
        </p>
        <ul aria-labelledby="rankings-menu-title" className="max-h-[70vh] overflow-y-auto">
          {rankings.map((r) => (
            <li key={r.id}>
              <Link
                href={{ pathname: '/top-10/[ranking]', params: { ranking: r.slug[locale] } }}
                className="block rounded px-2 py-1.5 text-[0.95rem] hover:bg-paper hover:text-accent"
              >
                {r.title[locale]}
              </Link>
            </li>
          ))}
          <li className="mt-1 border-t border-line pt-1">
            <Link href="/top-10" className="block rounded px-2 py-1.5 font-semibold text-accent hover:bg-paper">
              {t('allRankings')}
            </Link>
          </li>
        </ul>
      </div>
    </details>
  );
}
