import { getTranslations } from 'next-intl/server';
import HtmlOnce from '@/components/ui/HtmlOnce';
import { escapeHtml } from '@/lib/site/escape-html';

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

/** One row: the device (a link, except for the page's own), then its bar and figure. All text is escaped. */
const row = (max: number) => (b: Bar): string => {
  const name = b.href && !b.highlight ? `<a href="${escapeHtml(b.href)}">${escapeHtml(b.label)}</a>` : escapeHtml(b.label);
  const width = `${Math.round((b.value / max) * 1000) / 10}%`;
  return (
    `<tr${b.highlight ? ' class="hl"' : ''}><th scope="row">${name}</th>` +
    `<td><div><svg class="bar" aria-hidden="true"><rect width="${width}" height="100%"></rect></svg>${escapeHtml(b.text)}</div></td></tr>`
  );
};

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
        {/* The rows as one HTML string, in the document only: a chart of 25 devices as React
            elements would carry each row again as an element tree in the page's payload.
            Charts are drawn on pages whose markup depends only on their address. */}
        <HtmlOnce as="tbody" html={bars.map(row(max)).join('')} />
      </table>
    </figure>
  );
}
