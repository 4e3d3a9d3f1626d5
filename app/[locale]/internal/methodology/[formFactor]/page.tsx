import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import PageShell from '@/components/layout/PageShell';
import { dateValues } from '@/components/ui/DateTime';
import { deviceName } from '@/lib/content/device-name';
import { routePage, staticParams } from '@/lib/pages/route-page';
import { everyLocale, pathFor } from '@/lib/routing/paths';
import { pageMetadata } from '@/lib/seo/metadata';
import { calendarDay } from '@/lib/content/calendar-day';

type Props = { params: Promise<{ formFactor: string }> };

export const generateStaticParams = staticParams('/methodology/[formFactor]');

async function methodologyOf(params: Props['params']) {
  const { content, locale, params: p } = await routePage('/methodology/[formFactor]', params);
  const method = content.resolveMethodology(locale, p.formFactor)!.item;
  return { content, locale, method, where: everyLocale((l) => ({ pathname: '/methodology/[formFactor]', params: { formFactor: method.slug[l] } })) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, method, where } = await methodologyOf(params);
  return pageMetadata({ locale, title: method.title[locale], description: method.intro[locale], where });
}

/** How a form factor is tested and rated: criteria and weights, lab tests, versions. */
export default async function MethodologyPage({ params }: Props) {
  const [{ content, locale, method, where }, t, f] = await Promise.all([methodologyOf(params), getTranslations('guide'), getFormatter()]);
  const older = content.devices.filter((d) => d.kind === method.formFactor && d.score && !content.scoreOf(d.id)!.current);
  return (
    <PageShell where={where} section="rankings">
      <article className="mx-auto max-w-3xl space-y-8">
        <header>
          <p className="text-sm font-bold tracking-widest text-accent uppercase">{t('methodKicker', { version: method.version })}</p>
          <h1 className="mt-1 text-3xl font-black md:text-4xl">{method.title[locale]}</h1>
          <p className="mt-2 text-sm text-muted">{t.rich('methodSince', await dateValues(method.effective))}</p>
          <p className="mt-4 text-lg">{method.intro[locale]}</p>
        </header>
        <section aria-labelledby="criteria">
          <h2 id="criteria" className="mb-3 text-2xl font-bold">{t('criteriaTitle')}</h2>
          <table className="w-full border-collapse text-sm">
            <thead>
              <tr>
                <th scope="col" className="border-b border-line p-2 text-left">{t('criterion')}</th>
                <th scope="col" className="border-b border-line p-2 text-right">{t('weight')}</th>
                <th scope="col" className="border-b border-line p-2 text-left">{t('whatWeJudge')}</th>
              </tr>
            </thead>
            <tbody>
              {method.criteria.map((c) => (
                <tr key={c.id} data-criterion={c.id}>
                  <th scope="row" className="border-b border-line p-2 text-left align-top">{c.name[locale]}</th>
                  <td className="border-b border-line p-2 text-right align-top font-bold tabular-nums">{f.number(c.weight / 100, 'percent')}</td>
                  <td className="border-b border-line p-2 align-top">{c.description[locale]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="mt-3">{method.rounding[locale]}</p>
        </section>
        <section aria-labelledby="tests">
          <h2 id="tests" className="mb-3 text-2xl font-bold">{t('testsTitle')}</h2>
          <dl className="space-y-3">
            {method.tests.map((test) => (
              <div key={test.id}>
                <dt className="font-semibold">
                  {test.name[locale]} <span className="text-sm font-normal text-muted">({t(`metrics.${test.metric}`)}, {test.unit})</span>
                </dt>
                <dd className="text-muted">{test.description[locale]}</dd>
              </div>
            ))}
          </dl>
        </section>
        <section aria-labelledby="versions">
          <h2 id="versions" className="mb-3 text-2xl font-bold">{t('versionsTitle')}</h2>
          <ol className="space-y-3">
            {method.versions.map((v) => (
              <li key={v.version}>
                <p className="font-semibold">
                  {t('versionOn', { version: v.version, date: f.dateTime(calendarDay(v.date), 'day') })}
                </p>
                <p className="text-muted">{v.changes[locale]}</p>
              </li>
            ))}
          </ol>
          {older.length > 0 && (
            <>
              <h3 className="mt-6 mb-2 font-semibold">{t('olderScored', { count: older.length })}</h3>
              <ul className="list-disc space-y-1 pl-5 text-sm">
                {older.map((d) => (
                  <li key={d.id}>
                    <a href={pathFor(locale, { pathname: '/devices/[device]', params: { device: d.id } })} className="text-accent underline">{deviceName(d)}</a>{' '}
                    <span className="text-muted">({t('method', { version: d.score!.method })})</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      </article>
    </PageShell>
  );
}
