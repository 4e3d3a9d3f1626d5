import type { Locale } from '@/i18n/locales';

/**
 * Average silent reading speeds in words per minute (Brysbaert, 2019, "How many words do
 * we read per minute?"): languages with longer words are read at fewer words a minute.
 */
const wordsPerMinute: Record<Locale, number> = { fr: 195, en: 238, de: 179, es: 218, it: 188 };

/** Counts the words a reader reads: Markdown link targets, markers and punctuation are not words. */
export function countWords(markdown: string): number {
  const prose = markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[#>*_`|[\]-]+/g, ' ');
  return prose.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Whole minutes, never less than one. */
export function readingMinutes(markdown: string, locale: Locale): number {
  return Math.max(1, Math.round(countWords(markdown) / wordsPerMinute[locale]));
}
