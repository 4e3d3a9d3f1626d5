import type { getFormatter, getTranslations } from 'next-intl/server';
import type { Unit } from '@/lib/content/schemas';

type T = Awaited<ReturnType<typeof getTranslations<'guide'>>>;
type F = Awaited<ReturnType<typeof getFormatter>>;

/** A lab value with its unit, as the reader's language writes it: « 13,2 h », "99 % DCI-P3". */
export function formatMeasure(t: T, f: F, value: number, unit: Unit): string {
  const n = f.number(value, { maximumFractionDigits: 1 });
  switch (unit) {
    case 'h':
      return t('units.hours', { value: n });
    case 'points':
      return t('units.points', { value: n });
    case '% sRGB':
    case '% DCI-P3':
      return t('units.percentOf', { value: n, space: unit.slice(2) });
    default:
      return t('units.other', { value: n, unit });
  }
}
