import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import PageShell from '@/components/layout/PageShell';
import { getContent } from '@/lib/content';
import { deviceName } from '@/lib/content/device-name';
import { deviceKinds } from '@/lib/content/schemas';
import { comparisonParam, maxCompared, minCompared } from '@/lib/rankings/comparison';
import { everyLocale, pathFor } from '@/lib/routing/paths';
import { pageMetadata } from '@/lib/seo/metadata';

const where = everyLocale('/compare');

export async function generateMetadata(): Promise<Metadata> {
  const [t, locale] = await Promise.all([getTranslations('guide'), getLocale()]);
  return pageMetadata({ locale, title: t('pickerTitle'), description: t('pickerDescription'), where });
}

/**
 * Pick two to four devices of one kind: one plain GET form per kind, which the proxy sends
 * on to the comparison's own address (`?d=a&d=b` → `/fr/comparer/a-vs-b`). No JavaScript.
 */
export default async function ComparePicker() {
  const [t, locale] = await Promise.all([getTranslations('guide'), getLocale()]);
  const content = getContent();
  const action = pathFor(locale, '/compare');
  return (
    <PageShell where={where} section="rankings">
      <h1 className="text-3xl font-black md:text-4xl">{t('pickerTitle')}</h1>
      <p className="mt-3 max-w-3xl text-lg text-muted">{t('pickerIntro', { min: minCompared, max: maxCompared })}</p>
      {content.comparisons.length > 0 && (
        <section aria-labelledby="featured" className="mt-8">
          <h2 id="featured" className="mb-3 text-2xl font-bold">{t('featuredComparisons')}</h2>
          <ul className="grid gap-2 sm:grid-cols-2">
            {content.comparisons.map((c) => (
              <li key={c.devices.map((d) => d.id).join()}>
                <a href={pathFor(locale, { pathname: '/compare/[devices]', params: { devices: comparisonParam(c.devices.map((d) => d.id)) } })} className="text-accent underline">
                  {c.devices.map(deviceName).join(t('vs'))}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {deviceKinds.map((kind) => (
        <form key={kind} action={action} method="get" className="mt-10" aria-labelledby={`pick-${kind}`}>
          <h2 id={`pick-${kind}`} className="mb-3 border-b border-line pb-2 text-2xl font-bold">{t(`kindsPlural.${kind}`, { count: 2 })}</h2>
          <fieldset>
            <legend className="sr-only">{t('pickLegend', { min: minCompared, max: maxCompared })}</legend>
            <ul className="columns-1 gap-6 text-sm sm:columns-2 lg:columns-3">
              {content.devices
                .filter((d) => d.kind === kind && d.score)
                .sort((a, b) => b.score!.rating - a.score!.rating)
                .map((d) => (
                  <li key={d.id} className="break-inside-avoid py-0.5">
                    <label className="flex items-center gap-2">
                      <input type="checkbox" name="d" value={d.id} />
                      {deviceName(d)} <span className="text-muted">({d.score!.rating})</span>
                    </label>
                  </li>
                ))}
            </ul>
          </fieldset>
          <button type="submit" className="mt-3 rounded bg-accent px-4 py-2 font-semibold text-accent-ink">{t('compareSelected')}</button>
        </form>
      ))}
    </PageShell>
  );
}
