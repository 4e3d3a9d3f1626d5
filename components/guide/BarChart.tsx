import { getTranslations } from 'next-intl/server';

export interface Bar {
  key: string;
  label: string;
  value: number;
  /** The value as the reader's locale writes it, with its unit. */
  text: string;
  /** The device the page is about. */
  highlight?: boolean;
  href?: string;
}

/**
 * A horizontal bar chart drawn on the server, as the data table it illustrates: one row per
 * device, its name as the row header and its figure as text, so screen readers and readers
 * without CSS get the table, and everyone else sees a bar in front of each figure: a small
 * SVG as wide as its column, filled with the text colour (`.bars` in app/globals.css), so it
 * follows dark mode and forced colours. No inline style: the width is the rect's.
 */
export default async function BarChart({ id, title, bars, lowerIsBetter }: { id: string; title: string; bars: Bar[]; lowerIsBetter?: boolean }) {
  const t = await getTranslations('guide');
  const max = Math.max(...bars.map((b) => b.value), 0) || 1;
  return (
    <figure className="my-6" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="font-semibold">
        {title}
        <span className="block text-sm font-normal text-muted">{lowerIsBetter ? t('chartLower') : t('chartHigher')}</span>
      </figcaption>
      <table className="bars" aria-labelledby={`${id}-title`}>
        <thead className="sr-only">
          <tr>
            <th scope="col">{t('chartDevice')}</th>
            <th scope="col">{t('chartValue')}</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((b) => (
            <tr key={b.key} className={b.highlight ? 'hl' : undefined}>
              <th scope="row">{b.href && !b.highlight ? <a href={b.href}>{b.label}</a> : b.label}</th>
              <td>
                <div>
                  <svg className="bar" aria-hidden="true">
                    <rect width={`${Math.round((b.value / max) * 1000) / 10}%`} height="100%" />
                  </svg>
                  {b.text}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
