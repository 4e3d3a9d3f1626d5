import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import PageShell from '@/components/layout/PageShell';
import { getContent } from '@/lib/content';
import { deviceName } from '@/lib/content/device-name';
import { deviceKinds } from '@/lib/content/schemas';
import { everyLocale, pathFor } from '@/lib/routing/paths';
import { pageMetadata } from '@/lib/seo/metadata';

const where = everyLocale('/devices');

export async function generateMetadata(): Promise<Metadata> {
  const [t, locale] = await Promise.all([getTranslations('guide'), getLocale()]);
  return pageMetadata({ locale, title: t('devicesTitle'), description: t('devicesDescription'), where });
}

/** The whole catalogue, by form factor and then by brand: every device page is one link away. */
export default async function DevicesIndex() {
  const [t, locale] = await Promise.all([getTranslations('guide'), getLocale()]);
  const devices = getContent().devices;
  return (
    <PageShell where={where} section="rankings">
      <h1 className="text-3xl font-black md:text-4xl">{t('devicesTitle')}</h1>
      <p className="mt-3 max-w-3xl text-lg text-muted">{t('devicesDescription')}</p>
      {deviceKinds.map((kind) => {
        const list = devices.filter((d) => d.kind === kind).sort((a, b) => deviceName(a).localeCompare(deviceName(b), locale));
        return (
          <section key={kind} aria-labelledby={`kind-${kind}`} className="mt-10">
            <h2 id={`kind-${kind}`} className="mb-3 border-b border-line pb-2 text-2xl font-bold">{t(`kindsPlural.${kind}`, { count: list.length })}</h2>
            <ul className="columns-1 gap-6 text-sm sm:columns-2 lg:columns-3">
              {list.map((d) => (
                <li key={d.id} className="break-inside-avoid py-0.5">
                  <a href={pathFor(locale, { pathname: '/devices/[device]', params: { device: d.id } })} className="hover:text-accent hover:underline">
                    {deviceName(d)}
                  </a>
                  {d.score && <span className="text-muted"> · {d.score.rating}</span>}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </PageShell>
  );
}
