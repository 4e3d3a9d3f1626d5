import { getLocale, getTranslations } from 'next-intl/server';
import { maxCompared, minCompared } from '@/lib/rankings/comparison';
import { pathFor } from '@/lib/routing/paths';

/**
 * The form the entries' "compare" checkboxes belong to (`form="compare"`): it sends the
 * chosen devices to the comparison picker, which forwards them to their comparison.
 */
export default async function CompareForm() {
  const [t, locale] = await Promise.all([getTranslations('rankings'), getLocale()]);
  return (
    <form id="compare" action={pathFor(locale, '/compare')} method="get" className="my-4 flex flex-wrap items-center gap-3 text-sm">
      <button type="submit" className="rounded border border-accent px-3 py-1.5 font-semibold text-accent hover:bg-accent hover:text-accent-ink">
        {t('compareChosen')}
      </button>
      <span className="text-muted">{t('compareHint', { min: minCompared, max: maxCompared })}</span>
    </form>
  );
}
