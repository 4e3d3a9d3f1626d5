import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { getContent } from '@/lib/content';
import { deviceName } from '@/lib/content/device-name';
import type { Device, Ranking } from '@/lib/content/model';
import { metricsByKind } from '@/lib/content/schemas';
import { lowerIsBetter } from '@/lib/rankings/device-facts';
import { pathFor } from '@/lib/routing/paths';
import BarChart from './BarChart';
import { formatMeasure } from './measure';

/**
 * The lab's measurements of a device, each with the test it comes from (the conditions),
 * and a chart placing it among the other devices of its ranking.
 */
export default async function Measurements({ device, ranking }: { device: Device; ranking?: Ranking }) {
  const content = getContent();
  const method = content.methodology(device.kind);
  if (!device.measured || !method) return null;
  const [t, f, locale] = await Promise.all([getTranslations('guide'), getFormatter(), getLocale()]);
  const peers = ranking ? ranking.entries.map((e) => e.device) : [device];
  return (
    <div className="space-y-8">
      {metricsByKind[device.kind].map((metric) => {
        const m = device.measured?.[metric];
        if (!m) return null;
        const test = method.tests.find((x) => x.id === m.test);
        const bars = peers
          .filter((d) => d.measured?.[metric])
          .map((d) => ({
            key: d.id,
            label: deviceName(d),
            value: d.measured![metric]!.value,
            text: formatMeasure(t, f, d.measured![metric]!.value, d.measured![metric]!.unit),
            highlight: d.id === device.id,
            href: pathFor(locale, { pathname: '/devices/[device]', params: { device: d.id } }),
          }))
          .sort((a, b) => (lowerIsBetter.has(metric) ? a.value - b.value : b.value - a.value));
        return (
          <section key={metric} aria-labelledby={`metric-${metric}`} data-metric={metric}>
            <h3 id={`metric-${metric}`} className="text-lg font-bold">
              {t('metricValue', { metric: t(`metrics.${metric}`), value: formatMeasure(t, f, m.value, m.unit) })}
            </h3>
            {test && (
              <p className="text-sm text-muted">
                <span className="font-semibold">{test.name[locale]}.</span> {test.description[locale]}
              </p>
            )}
            {bars.length > 1 && ranking && (
              <BarChart
                id={`chart-${metric}`}
                title={t('chartTitle', { metric: t(`metrics.${metric}`), ranking: ranking.short[locale] })}
                bars={bars}
                lowerIsBetter={lowerIsBetter.has(metric)}
              />
            )}
          </section>
        );
      })}
    </div>
  );
}
