import { textFallbacks, type Locale } from '@/i18n/locales';
import type { LocalizedText } from './schemas';

/**
 * A text in the reader's language, or in the first fallback that has it (English, then
 * French). The caller marks fallback text with its `lang`.
 */
export function pickText(text: LocalizedText, locale: Locale): { text: string; locale: Locale } {
  for (const l of textFallbacks[locale]) {
    const value = text[l];
    if (value) return { text: value, locale: l };
  }
  return { text: text.fr, locale: 'fr' };
}
