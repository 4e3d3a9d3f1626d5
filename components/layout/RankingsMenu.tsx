import { getLocale, getTranslations } from 'next-intl/server';
import { pathFor } from '@/lib/routing/paths';
import { getContent } from '@/lib/content';
import { rankingHref } from '@/lib/routing/hrefs';
import DisclosureMenu from './DisclosureMenu';

/** The Top 10 menu: the fifteen rankings in the newsroom's order, then the index. */
export default async function RankingsMenu({ current }: { current?: boolean }) {
  const [t, locale] = await Promise.all([getTranslations('nav'), getLocale()]);
  return (
    <DisclosureMenu
      id="rankings-menu"
      summary={t('rankings')}
      title={t('rankingsMenu')}
      width="w-[min(22rem,calc(100vw-2rem))]"
      summaryClassName="h-8 rounded px-2 font-semibold hover:text-accent"
      current={current}
    >
      {getContent().rankings.map((r) => (
        <li key={r.id}>
          <a href={pathFor(locale, rankingHref(r, locale))}>{r.title[locale]}</a>
        </li>
      ))}
      <li className="mt-1 border-t border-line pt-1">
        <a href={pathFor(locale, '/top-10')} className="font-semibold text-accent">
          {t('allRankings')}
        </a>
      </li>
    </DisclosureMenu>
  );
}
