import { getTranslations } from 'next-intl/server';
import Link from '@/components/ui/AppLink';
import type { ComponentProps } from 'react';

type Href = ComponentProps<typeof Link>['href'];

/** Numbered page links, with previous and next; the current page is marked, not linked. */
export default async function Pagination({ page, pages, hrefFor }: { page: number; pages: number; hrefFor: (page: number) => Href }) {
  if (pages <= 1) return null;
  const t = await getTranslations('listing');
  const item = 'inline-flex min-w-10 items-center justify-center rounded border border-line px-3 py-1.5 font-semibold';
  return (
    <nav aria-label={t('pagination')} className="mt-10">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 && (
          <li>
            <Link href={hrefFor(page - 1)} rel="prev" className={`${item} hover:border-accent`}>
              <span aria-hidden="true">←</span>
              <span className="sr-only">{t('previous')}</span>
            </Link>
          </li>
        )}
        {Array.from({ length: pages }, (_, i) => i + 1).map((n) => (
          <li key={n}>
            {n === page ? (
              <span aria-current="page" className={`${item} border-accent bg-accent text-accent-ink`}>
                <span className="sr-only">{t('currentPage', { page: n })}</span>
                <span aria-hidden="true">{n}</span>
              </span>
            ) : (
              <Link href={hrefFor(n)} className={`${item} hover:border-accent`} aria-label={t('pageN', { page: n })}>
                {n}
              </Link>
            )}
          </li>
        ))}
        {page < pages && (
          <li>
            <Link href={hrefFor(page + 1)} rel="next" className={`${item} hover:border-accent`}>
              <span aria-hidden="true">→</span>
              <span className="sr-only">{t('next')}</span>
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
