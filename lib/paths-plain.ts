import type { Locale } from '@/i18n/locales';
import { formatPath } from './url-resolver';

/** Story paths without next-intl's navigation runtime, for tests and scripts. */
export function pathFor(locale: Locale, kind: 'news' | 'reviews', slug: string): string {
  return formatPath(locale, kind === 'news' ? '/news/[slug]' : '/reviews/[slug]', { slug });
}
