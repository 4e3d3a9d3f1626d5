import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
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
      summaryClassName="rounded px-2 py-1 font-semibold hover:text-accent"
      current={current}
    >
      {getContent().rankings.map((r) => (
        <li key={r.id}>
          <Link href={rankingHref(r, locale)} className="block rounded px-2 py-1.5 text-[0.95rem] hover:bg-paper hover:text-accent">
            {r.title[locale]}
          </Link>
        </li>
      ))}
      <li className="mt-1 border-t border-line pt-1">
        <Link href="/top-10" className="block rounded px-2 py-1.5 font-semibold text-accent hover:bg-paper">
          {t('allRankings')}
        </Link>
      </li>
    </DisclosureMenu>
  );
}
