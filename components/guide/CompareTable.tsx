import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { specLines } from '@/components/devices/specLines';
import { getContent } from '@/lib/content';
import { deviceName } from '@/lib/content/device-name';
import type { Device } from '@/lib/content/model';
import { metricsByKind } from '@/lib/content/schemas';
import { currentPrice, lowerIsBetter } from '@/lib/rankings/device-facts';
import { pathFor } from '@/lib/routing/paths';
import { formatMeasure } from './measure';
import { calendarDay } from '@/lib/content/calendar-day';

interface Row {
  group: 'summary' | 'scores' | 'measurements' | 'specs';
  key: string;
  label: string;
  cells: { text: string; value?: number }[];
  /** Which way is better, for rows where it means something. */
  better?: 'higher' | 'lower';
}

/**
 * Two to four devices side by side. Rows where they differ are marked, and in rows with a
 * better direction (rating, price, measurements) the best value is named, in words too.
 */
export default async function CompareTable({ devices }: { devices: Device[] }) {
  const content = getContent();
  const [t, tSpecs, f, locale] = await Promise.all([getTranslations('guide'), getTranslations('specs'), getFormatter(), getLocale()]);
  const method = content.methodology(devices[0]!.kind);
  const rows: Row[] = [];
  rows.push({
    group: 'summary',
    key: 'rating',
    label: t('rating'),
    cells: devices.map((d) => ({ text: d.score ? t('ratedN', { rating: d.score.rating }) : t('notRated'), value: d.score?.rating })),
    better: 'higher',
  });
  rows.push({
    group: 'summary',
    key: 'price',
    label: t('price'),
    cells: devices.map((d) => {
      const p = currentPrice(d);
      return { text: `${f.number(p.amount, 'euros')} (${f.dateTime(calendarDay(p.date), 'dayMonth')})`, value: p.amount };
    }),
    better: 'lower',
  });
  for (const c of method?.criteria ?? []) {
    rows.push({ group: 'scores', key: `score-${c.id}`, label: c.name[locale], cells: devices.map((d) => ({ text: String(d.score?.criteria[c.id] ?? '–'), value: d.score?.criteria[c.id] })), better: 'higher' });
  }
  for (const metric of metricsByKind[devices[0]!.kind]) {
    rows.push({
      group: 'measurements',
      key: `metric-${metric}`,
      label: t(`metrics.${metric}`),
      cells: devices.map((d) => {
        const m = d.measured?.[metric];
        return m ? { text: formatMeasure(t, f, m.value, m.unit), value: m.value } : { text: '–' };
      }),
      better: lowerIsBetter.has(metric) ? 'lower' : 'higher',
    });
  }
  const specs = devices.map((d) => specLines(d, tSpecs, f, 'full'));
  for (const [i, line] of specs[0]!.entries()) {
    rows.push({ group: 'specs', key: `spec-${line.key}`, label: line.label, cells: specs.map((s) => ({ text: s[i]?.value ?? '–' })) });
  }

  const best = (row: Row) => {
    if (!row.better) return undefined;
    const values = row.cells.map((c) => c.value).filter((v): v is number => v !== undefined);
    if (values.length < 2 || new Set(values).size === 1) return undefined;
    return row.better === 'higher' ? Math.max(...values) : Math.min(...values);
  };
  return (
    <div className="overflow-x-auto">
      {/*
        Fixed columns: the browser paints the table before all its rows have arrived, and
        widths taken from the content would change as the later rows come in. The first
        cell carries the rows' 4 px left border for the same reason (collapsed borders), and
        cells sit at the top of their row, which grows as its last cells arrive.
      */}
      <table className="w-full min-w-[36rem] table-fixed border-collapse text-sm" data-testid="comparison">
        <caption className="sr-only">{t('compareCaption', { devices: devices.map(deviceName).join(', ') })}</caption>
        <colgroup>
          <col className="w-36 md:w-52" />
          {devices.map((d) => (
            <col key={d.id} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <td className="border-b border-l-4 border-line border-l-transparent p-2" />
            {devices.map((d) => (
              <th key={d.id} scope="col" className="border-b border-line p-2 text-left align-top">
                <a href={pathFor(locale, { pathname: '/devices/[device]', params: { device: d.id } })} className="hover:text-accent hover:underline">
                  {deviceName(d)}
                </a>
              </th>
            ))}
          </tr>
        </thead>
        {(['summary', 'scores', 'measurements', 'specs'] as const).map((group) => (
          <tbody key={group}>
            {group !== 'summary' && (
              <tr>
                <th scope="rowgroup" colSpan={devices.length + 1} className="border-b border-line px-2 pt-5 pb-1 text-left text-xs font-bold tracking-wide text-muted uppercase">
                  {t(`compareGroups.${group}`)}
                </th>
              </tr>
            )}
            {rows
              .filter((row) => row.group === group)
              .map((row) => {
                const top = best(row);
                const differs = new Set(row.cells.map((c) => c.text)).size > 1;
                return (
                  <tr key={row.key} data-differs={differs || undefined}>
                    <th scope="row" className={`border-b border-line p-2 text-left align-top font-normal text-muted border-l-4 ${differs ? 'border-l-accent' : 'border-l-transparent'}`}>
                      {row.label}
                      {differs && <span className="sr-only"> ({t('differs')})</span>}
                    </th>
                    {row.cells.map((c, i) => {
                      const isBest = top !== undefined && c.value === top;
                      return (
                        <td key={devices[i]!.id} className={`border-b border-line p-2 align-top tabular-nums ${isBest ? 'font-bold text-up' : ''}`} data-best={isBest || undefined}>
                          {c.text}
                          {isBest && <span className="ml-1 text-xs font-semibold">({t('best')})</span>}
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
          </tbody>
        ))}
      </table>
    </div>
  );
}
