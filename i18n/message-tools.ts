import { typeset } from '@/lib/typography/typeset';
import type { Locale } from './locales';

/** What is done to a message catalog, without the catalogs themselves: usable wherever JSON imports are not. */
export type Tree = { [key: string]: string | Tree };

/** Keys of `reference` that `catalog` lacks, dotted (`nav.search`). */
export function missingKeys(reference: Tree, catalog: Tree, prefix = ''): string[] {
  return Object.entries(reference).flatMap(([key, value]) => {
    const at = prefix ? `${prefix}.${key}` : key;
    const other = catalog[key];
    if (typeof value === 'string') return typeof other === 'string' && other.trim() ? [] : [at];
    return other && typeof other === 'object' ? missingKeys(value, other, at) : [at];
  });
}

function mergeOver(base: Tree, over: Tree): Tree {
  const out: Tree = { ...base };
  for (const [key, value] of Object.entries(over)) {
    if (typeof value === 'string' && !value.trim()) continue; // an empty translation is a missing one
    const below = base[key];
    out[key] = typeof value === 'object' && typeof below === 'object' ? mergeOver(below, value) : value;
  }
  return out;
}

/**
 * A catalog with the reference underneath: a key a translator has not written yet shows
 * in the reference language instead of taking the page down, and `warn` hears which.
 */
export function withFallback<T extends Tree>(reference: T, catalog: Tree, warn: (missing: string[]) => void): T {
  const missing = missingKeys(reference, catalog);
  if (missing.length > 0) warn(missing);
  return mergeOver(reference, catalog) as T;
}

/** Every string of a catalog with its language's spacing (`"{rating} %"` gets its narrow no-break space). */
export function typesetMessages<T extends Tree>(catalog: T, locale: Locale): T {
  return Object.fromEntries(
    Object.entries(catalog).map(([key, value]) => [key, typeof value === 'string' ? typeset(value, locale) : typesetMessages(value, locale)]),
  ) as T;
}

