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
 * A horizontal bar chart drawn on the server. Each row is text, the device and its value,
 * so the list is its own data table and reads without the picture; the bar between them is
 * a border as wide as the value (`.bars` in app/globals.css), which follows the text colour
 * in dark mode and in forced colours.
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
      <ol className="bars">
        {bars.map((b) => (
          <li key={b.key} className={b.highlight ? 'hl' : undefined}>
            <span>{b.href && !b.highlight ? <a href={b.href}>{b.label}</a> : b.label}</span>
            <span className="bar" aria-hidden="true" style={{ width: `${Math.round((b.value / max) * 1000) / 10}%` }} />
            <span>{b.text}</span>
          </li>
        ))}
      </ol>
    </figure>
  );
}
