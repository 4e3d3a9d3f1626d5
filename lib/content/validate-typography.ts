import type { Locale } from '@/i18n/locales';
import type { RawContent } from './files';

/**
 * What the site's typesetting (lib/typography/typeset.ts) cannot fix, because it would
 * have to guess: where a quotation opens and closes, and whether French punctuation that
 * touches its word is a typo or part of something literal. Checked in every text written
 * in a language, with the file and field named.
 */

type Report = (file: string, path: string, message: string) => void;

const ownQuotes: Partial<Record<Locale, string>> = { fr: '« »', de: '„ “', es: '« »', it: '« »' };

/** Markdown's literal parts, which follow no language: code, link targets, bare addresses. */
function prose(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/`[^`]*`/g, ' ')
    .replace(/\]\([^)]*\)/g, '] ')
    .replace(/<?https?:\/\/[^\s>)]+>?/g, ' ');
}

export function typographyProblems(text: string, locale: Locale): string[] {
  const problems: string[] = [];
  const quotes = ownQuotes[locale];
  // An inch mark (`13"`) is not a quotation.
  if (quotes && /(?<!\d)"/.test(text)) problems.push(`straight quotes: quote in ${locale} with ${quotes}`);
  if (locale === 'fr') {
    const stuck = /[\p{L}\p{N})»]([;!?])(?=\s|$)/u.exec(text);
    if (stuck) problems.push(`"${stuck[0]}": French puts a space before ${stuck[1]} (the site makes it a narrow no-break space)`);
  }
  return problems;
}

export function validateTypography(raw: RawContent, report: Report) {
  const check = (file: string, path: string, text: string, locale: Locale) => {
    for (const message of typographyProblems(text, locale)) report(file, path, message);
  };
  /** Every `{ fr: '…', en: '…' }` text under `value`. */
  const walk = (file: string, value: unknown, path: string) => {
    if (Array.isArray(value)) return value.forEach((v, i) => walk(file, v, `${path}[${i}]`));
    if (!value || typeof value !== 'object') return;
    for (const [key, v] of Object.entries(value)) {
      const at = path ? `${path}.${key}` : key;
      if (key === 'slug') continue;
      if (typeof v === 'string' && /^(fr|en|de|es|it)$/.test(key)) check(file, at, v, key as Locale);
      else walk(file, v, at);
    }
  };
  for (const r of raw.rankings) walk(r.file, r.item, '');
  for (const m of raw.methodologies) walk(m.file, m.item, '');
  for (const a of raw.authors) walk(a.file, a.item, a.at);
  for (const t of raw.topics) walk(t.file, t.item, t.at);
  for (const story of raw.stories) {
    for (const f of story.files) {
      check(f.file, 'title', f.fm.title, f.locale);
      check(f.file, 'lead', f.fm.lead, f.locale);
      if (f.fm.shortTitle) check(f.file, 'shortTitle', f.fm.shortTitle, f.locale);
      f.fm.pros?.forEach((p, i) => check(f.file, `pros[${i}]`, p, f.locale));
      f.fm.cons?.forEach((c, i) => check(f.file, `cons[${i}]`, c, f.locale));
      check(f.file, 'body', prose(f.body), f.locale);
    }
  }
}
