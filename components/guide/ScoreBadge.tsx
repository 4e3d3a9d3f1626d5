import { getLocale, getTranslations } from 'next-intl/server';
import RatingBadge from '@/components/ui/RatingBadge';
import type { Device } from '@/lib/content/model';
import { getContent } from '@/lib/content';
import { pathFor } from '@/lib/routing/paths';

/**
 * A device's rating with the method it was given under, as Notebookcheck prints it on its
 * badges: "method 2.1", or, for a score from an older version of the method, a mark that
 * says so. The version links to the methodology page of its form factor.
 */
export default async function ScoreBadge({ device, size = 'md' }: { device: Device; size?: 'md' | 'lg' }) {
  const content = getContent();
  const score = content.scoreOf(device.id);
  if (!score) return null;
  const [t, locale] = await Promise.all([getTranslations('guide'), getLocale()]);
  const method = content.methodology(device.kind);
  const href = method ? pathFor(locale, { pathname: '/methodology/[formFactor]', params: { formFactor: method.slug[locale] } }) : undefined;
  return (
    <span className="badge">
      <RatingBadge rating={score.rating} size={size} />
      <a href={href} className={score.current ? 'method' : 'method older'} data-method={score.method}>
        {score.current ? t('method', { version: score.method }) : t('olderMethod', { version: score.method })}
      </a>
    </span>
  );
}
