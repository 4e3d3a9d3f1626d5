import { typeset } from '@/lib/typography/typeset';
import { defaultLocale, type Locale } from './locales';
import fr from '@/messages/fr.json';
import en from '@/messages/en.json';
import de from '@/messages/de.json';
import es from '@/messages/es.json';
import it from '@/messages/it.json';

export type Messages = typeof fr;
type Tree = { [key: string]: string | Tree };

const catalogs: Record<Locale, Tree> = { fr, en, de, es, it };

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

const resolved = new Map<Locale, Messages>();

/** A locale's messages, French underneath, with a warning in the server log for each gap. */
export function messagesFor(locale: Locale): Messages {
  let messages = resolved.get(locale);
  if (!messages) {
    messages = typesetMessages(
      withFallback(catalogs[defaultLocale] as Messages, catalogs[locale], (missing) =>
        console.warn(`[i18n] messages/${locale}.json lacks ${missing.length} key(s), shown in French: ${missing.join(', ')}`),
      ),
      locale,
    );
    resolved.set(locale, messages);
  }
  return messages;
}
