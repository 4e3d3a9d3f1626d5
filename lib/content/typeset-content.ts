import { isLocale, locales } from '@/i18n/locales';
import { typeset } from '@/lib/typography/typeset';
import type { RawContent } from './files';

/**
 * The content with each language's spacing applied (lib/typography/typeset.ts), once,
 * when the index is built: every text in a language (`{ fr, en, … }` objects, and a
 * story's title, lead, pros and cons) as readers will see it. Slugs, ids, names of
 * products and everything else are left as written; bodies are typeset as they are
 * rendered (lib/content/markdown.ts).
 */
export function typesetContent(raw: RawContent): RawContent {
  return {
    ...raw,
    authors: raw.authors.map((a) => ({ ...a, item: localized(a.item) })),
    topics: raw.topics.map((t) => ({ ...t, item: localized(t.item) })),
    rankings: raw.rankings.map((r) => ({ ...r, item: localized(r.item) })),
    methodologies: raw.methodologies.map((m) => ({ ...m, item: localized(m.item) })),
    stories: raw.stories.map((s) => ({
      ...s,
      files: s.files.map((f) => {
        const t = (text: string) => typeset(text, f.locale);
        const fm = { ...f.fm, title: t(f.fm.title), lead: t(f.fm.lead) };
        if (f.fm.shortTitle) fm.shortTitle = t(f.fm.shortTitle);
        if (f.fm.pros) fm.pros = f.fm.pros.map(t);
        if (f.fm.cons) fm.cons = f.fm.cons.map(t);
        return { ...f, fm } as typeof f;
      }),
    })),
  };
}

/** Every `{ fr: '…', en: '…' }` below `value`, typeset in its language; `slug` objects untouched. */
function localized<T>(value: T, key?: string): T {
  if (Array.isArray(value)) return value.map((v) => localized(v)) as T;
  if (!value || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>);
  const isText = entries.length > 0 && entries.every(([k, v]) => isLocale(k) && typeof v === 'string');
  if (isText && key !== 'slug') return Object.fromEntries(entries.map(([k, v]) => [k, typeset(v as string, k as (typeof locales)[number])])) as T;
  return Object.fromEntries(entries.map(([k, v]) => [k, k === 'slug' ? v : localized(v, k)])) as T;
}
