import { defaultLocale, type Locale } from './locales';
import { typesetMessages, withFallback, type Tree } from './message-tools';
import fr from '@/messages/fr.json';
import en from '@/messages/en.json';
import de from '@/messages/de.json';
import es from '@/messages/es.json';
import it from '@/messages/it.json';

export type Messages = typeof fr;
export { missingKeys, withFallback } from './message-tools';

const catalogs: Record<Locale, Tree> = { fr, en, de, es, it };

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
