import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { getContent } from '@/lib/content';
import type { Ranking } from '@/lib/content/model';
import { filterOptions } from '@/lib/rankings/filters';
import { filtersFor, publishedImportance, sorts, type FilterName, type RefineView } from '@/lib/rankings/refine';
import { pathFor } from '@/lib/routing/paths';

/**
 * Sort, deal-breaker filters and the reader's own weights, as one GET form: it works
 * without JavaScript, and the list it leads to has an address that can be shared.
 */
export default async function RefineForm({ ranking, view, open = false }: { ranking: Ranking; view: RefineView; open?: boolean }) {
  const [t, tSpecs, f, locale] = await Promise.all([getTranslations('refine'), getTranslations('specs'), getFormatter(), getLocale()]);
  const method = getContent().methodology(ranking.kind);
  const options = filterOptions(ranking);
  const label = (name: FilterName, v: number | string): string => {
    switch (name) {
      case 'maxPrice':
        return f.number(Number(v), 'euros');
      case 'maxWeight':
        return tSpecs('kilograms', { value: f.number(Number(v) / 1000, { maximumFractionDigits: 2 }) });
      case 'minRam':
        return tSpecs('gigabytes', { value: v });
      case 'minBattery':
        return t('hours', { value: v });
      case 'minRefresh':
        return tSpecs('hertz', { value: v });
      case 'panel':
        return String(v);
    }
  };
  const filters = filtersFor(ranking.kind).filter((name) => (options[name]?.length ?? 0) > 0);
  const importance = method ? publishedImportance(method) : {};
  return (
    <details className="refine" open={open} data-testid="refine">
      <summary>{t('title')}</summary>
      <form action={pathFor(locale, { pathname: '/top-10/[ranking]/refine', params: { ranking: ranking.slug[locale] } })} method="get">
        <div>
          <label>
            {t('sortBy')}
            <select name="sort" defaultValue={view.sort}>
              {sorts
                .filter((s) => s !== 'weight' || ranking.kind !== 'monitor')
                .map((s) => (
                  <option key={s} value={s}>{t(`sort.${s}`)}</option>
                ))}
            </select>
          </label>
          {filters.map((name) => (
            <label key={name}>
              {t(`filter.${name}`)}
              <select name={name} defaultValue={view[name] === undefined ? '' : String(view[name])}>
                <option value="">{t('any')}</option>
                {options[name]!.map((v) => (
                  <option key={String(v)} value={String(v)}>{label(name, v)}</option>
                ))}
              </select>
            </label>
          ))}
        </div>
        {method && (
          <fieldset>
            <legend>{t('weightsLegend')}</legend>
            <p>{t('weightsHelp')}</p>
            <div>
              {method.criteria.map((c) => (
                <label key={c.id}>
                  {c.name[locale]}
                  <input type="number" name={`w-${c.id}`} min={0} max={10} step={1} defaultValue={view.weights?.[c.id] ?? importance[c.id]} />
                </label>
              ))}
            </div>
          </fieldset>
        )}
        <p>
          <button type="submit">{t('apply')}</button>
          <a href={pathFor(locale, { pathname: '/top-10/[ranking]', params: { ranking: ranking.slug[locale] } })}>{t('reset')}</a>
        </p>
      </form>
    </details>
  );
}
