import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import CompareTable from '@/components/guide/CompareTable';
import PageShell from '@/components/layout/PageShell';
import ShareBar from '@/components/share/ShareBar';
import { deviceName } from '@/lib/content/device-name';
import { comparisonMetadata, comparisonWhere } from '@/lib/pages/compare-page';
import { routePage } from '@/lib/pages/route-page';
import { featuredComparisons, lookupComparison } from '@/lib/rankings/comparison';
import { absoluteUrl } from '@/lib/site/config';

type Props = { params: Promise<{ devices: string }> };

// Any 2 to 4 devices of a kind make a comparison: millions of pages. Each is rendered per
// request (the proxy has checked the address) and never stored by the origin; a CDN may
// keep it (next.config.ts).
export const dynamic = 'force-dynamic';

async function comparisonOf(params: Props['params']) {
  const { content, locale, params: p } = await routePage('/compare/[devices]', params);
  const found = lookupComparison(content, p.devices);
  const devices = found.kind === 'page' ? found.devices : [];
  return { content, locale, devices, featured: featuredComparisons(content).includes(p.devices) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, devices, featured } = await comparisonOf(params);
  return comparisonMetadata(locale, devices, featured);
}

export default async function ComparisonPage({ params }: Props) {
  const [{ locale, devices }, t] = await Promise.all([comparisonOf(params), getTranslations('guide')]);
  const where = comparisonWhere(devices);
  const title = devices.map(deviceName).join(t('vs'));
  return (
    <PageShell where={where} section="rankings">
      <h1 className="text-3xl font-black md:text-4xl">{title}</h1>
      <p className="mt-3 max-w-3xl text-muted">{t('compareIntro')}</p>
      <div className="mt-8">
        <CompareTable devices={devices} />
      </div>
      <ShareBar url={absoluteUrl(where.paths[locale])} title={title} />
    </PageShell>
  );
}
