import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import type { Device } from '@/lib/content/model';
import { getContent } from '@/lib/content';
import { pathFor } from '@/lib/routing/paths';

/**
 * How a rating adds up: each criterion's weight, the device's sub-score and the points it
 * brings, under the method version the device was scored with. A reader can redo the sum.
 */
export default async function SubScores({ device }: { device: Device }) {
  const content = getContent();
  const score = content.scoreOf(device.id);
  const method = content.methodology(device.kind);
  if (!score || !method) return null;
  const [t, f, locale] = await Promise.all([getTranslations('guide'), getFormatter(), getLocale()]);
  const weights = method.versions.find((v) => v.version === score.method)?.weights ?? {};
  const total = method.criteria.reduce((sum, c) => sum + (weights[c.id] ?? 0) * (score.criteria[c.id] ?? 0), 0) / 100;
  return (
    // Fixed columns from tablets up, where the table can be in the first screen: the browser
    // paints it before all its rows are in, and widths taken from the content would move it.
    <table className="w-full border-collapse text-sm md:table-fixed" data-testid="sub-scores">
      <caption className="mb-2 text-left text-muted">
        {t.rich('subScoresCaption', {
          version: score.method,
          link: (chunks) => <a href={pathFor(locale, { pathname: '/methodology/[formFactor]', params: { formFactor: method.slug[locale] } })} className="text-accent underline">{chunks}</a>,
        })}
      </caption>
      <colgroup>
        <col />
        <col className="md:w-32" />
        <col className="md:w-32" />
        <col className="md:w-32" />
      </colgroup>
      <thead>
        <tr>
          <th scope="col" className="border-b border-line p-1.5 text-left">{t('criterion')}</th>
          <th scope="col" className="border-b border-line p-1.5 text-right">{t('weight')}</th>
          <th scope="col" className="border-b border-line p-1.5 text-right">{t('subScore')}</th>
          <th scope="col" className="border-b border-line p-1.5 text-right">{t('points')}</th>
        </tr>
      </thead>
      <tbody>
        {method.criteria.map((c) => (
          <tr key={c.id}>
            <th scope="row" className="border-b border-line p-1.5 text-left font-normal">{c.name[locale]}</th>
            <td className="border-b border-line p-1.5 text-right tabular-nums">{f.number((weights[c.id] ?? 0) / 100, 'percent')}</td>
            <td className="border-b border-line p-1.5 text-right tabular-nums">{score.criteria[c.id]}</td>
            <td className="border-b border-line p-1.5 text-right tabular-nums">{f.number(((weights[c.id] ?? 0) * (score.criteria[c.id] ?? 0)) / 100, { maximumFractionDigits: 2 })}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={3} className="p-1.5 text-left">{t('ratingSum', { total: f.number(total, { maximumFractionDigits: 2 }) })}</th>
          <td className="p-1.5 text-right text-lg font-black tabular-nums">{score.rating}</td>
        </tr>
      </tfoot>
    </table>
  );
}
