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
 * A horizontal bar chart drawn on the server: each row is text (the device and its value),
 * so it reads without the picture, and its bar a small SVG that follows the text colour,
 * so it stays legible in dark mode and at any width. The same figures follow as a table.
 */
export default async function BarChart({ id, title, note, bars, lowerIsBetter }: { id: string; title: string; note?: string; bars: Bar[]; lowerIsBetter?: boolean }) {
  const t = await getTranslations('guide');
  const max = Math.max(...bars.map((b) => b.value), 0) || 1;
  return (
    <figure className="my-6" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="font-semibold">
        {title}
        <span className="block text-sm font-normal text-muted">{lowerIsBetter ? t('chartLower') : t('chartHigher')}{note ? ` · ${note}` : ''}</span>
      </figcaption>
      <ol className="mt-2 space-y-1 text-sm">
        {bars.map((b) => (
          <li key={b.key} className={`grid grid-cols-[minmax(0,11rem)_1fr_auto] items-center gap-2 ${b.highlight ? 'font-bold text-accent' : 'text-muted'}`}>
            <span className="truncate" title={b.label}>
              {b.href && !b.highlight ? <a href={b.href} className="hover:underline">{b.label}</a> : b.label}
            </span>
            <svg aria-hidden="true" viewBox="0 0 100 8" preserveAspectRatio="none" className="h-3 w-full">
              <rect x="0" y="0" width={(b.value / max) * 100} height="8" rx="1" fill="currentColor" opacity={b.highlight ? 1 : 0.45} />
            </svg>
            <span className="tabular-nums">{b.text}</span>
          </li>
        ))}
      </ol>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-muted">{t('chartData')}</summary>
        <table className="mt-2 w-full border-collapse">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr>
              <th scope="col" className="border-b border-line p-1 text-left">{t('device')}</th>
              <th scope="col" className="border-b border-line p-1 text-right">{t('value')}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((b) => (
              <tr key={b.key}>
                <th scope="row" className="border-b border-line p-1 text-left font-normal">{b.label}</th>
                <td className="border-b border-line p-1 text-right tabular-nums">{b.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
