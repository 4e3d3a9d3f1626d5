import { locales, type Locale } from '@/i18n/locales';
import type { RawContent, StoryFile } from './files';
import type { ContentProblem } from './model';
import { slugify } from './slug';
import { validateDevices, validateReviewRatings } from './validate-catalogue';
import { validateComparisons } from './validate-comparisons';
import { validateMethodologies } from './validate-methodology';
import { rankedDevices, validateRankings } from './validate-rankings';
import { validateImages } from './validate-images';
import { validateTypography } from './validate-typography';

/** Path segments that pagination and listings own: a story may not take them as its slug. */
export const reservedSlugs = new Set(['page']);

/**
 * A URL that only opens a site's front page (`https://www.wsj.com/`, `https://www.lg.com/fr/`):
 * no path beyond `/` or a bare language segment, and no query that could name an article.
 * As a story's source it tells the reader nothing, so `content:check` refuses it.
 */
export function isHomePageUrl(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false; // the schema has already reported a malformed URL
  }
  if (u.search !== '') return false;
  return /^\/?$/.test(u.pathname) || /^\/[a-z]{2}([-_][a-z]{2})?\/?$/i.test(u.pathname);
}

/** The slug a story version is published under: its own, or one derived from its title. */
export function versionSlug(f: StoryFile): string {
  return f.fm.slug ?? slugify(f.fm.title);
}

/**
 * Checks what no single file can check alone: references between files, uniqueness,
 * rank order, and that translations agree with their original.
 */
export function validateContent(raw: RawContent, now: Date = new Date()): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report = (file: string, path: string, message: string) => problems.push({ file, path, message });

  const unique = <T>(items: { item: T; file: string; at: string }[], key: (t: T) => string, what: string) => {
    const seen = new Map<string, string>();
    for (const { item, file, at } of items) {
      const k = key(item);
      const first = seen.get(k);
      if (first) report(file, `${at}.id`, `duplicate ${what} id "${k}" (already defined in ${first})`);
      else seen.set(k, file);
    }
    return seen;
  };
  const authors = unique(raw.authors, (a) => a.id, 'author');
  const topics = unique(raw.topics, (t) => t.id, 'topic');
  const devices = new Map(raw.devices.map((d) => [d.item.id, d.item]));
  unique(raw.devices, (d) => d.id, 'device');

  for (const l of locales) {
    const seen = new Map<string, string>();
    for (const { item, file, at } of raw.topics) {
      const s = item.slug[l];
      if (seen.has(s)) report(file, `${at}.slug.${l}`, `slug "${s}" is already used by topic "${seen.get(s)}" in ${l}`);
      else seen.set(s, item.id);
    }
  }

  // Stories: one original per folder, translations agree with it, references exist.
  const effective = new Map<Locale, Map<string, string>>(locales.map((l) => [l, new Map()]));
  const aliasesByLocale = new Map<Locale, { slug: string; id: string; file: string; at: string }[]>(locales.map((l) => [l, []]));
  for (const story of raw.stories) {
    const originals = story.files.filter((f) => f.kind === 'original');
    if (story.files.length === 0) continue; // its files' own problems are already reported
    if (originals.length !== 1) {
      report(story.dir, '', originals.length === 0
        ? 'no original: exactly one file must have no `translatedFrom`'
        : `${originals.length} originals (${originals.map((o) => o.locale).join(', ')}): all but one must be translations with \`translatedFrom\``);
      continue;
    }
    const original = originals[0]!;
    if (original.kind !== 'original') continue;
    const fm = original.fm;
    if (!authors.has(fm.author)) report(original.file, 'author', `unknown author "${fm.author}" (not in content/authors.yaml)`);
    fm.topics.forEach((t, i) => {
      if (!topics.has(t)) report(original.file, `topics[${i}]`, `unknown topic "${t}" (not in content/topics.yaml)`);
    });
    if (fm.device) {
      const device = devices.get(fm.device);
      if (!device) report(original.file, 'device', `unknown device "${fm.device}" (not in content/devices/)`);
    }
    if (fm.updated && Date.parse(fm.updated) < Date.parse(fm.published))
      report(original.file, 'updated', 'is before `published`');
    // Nothing is dated after the build: a date in the future is a typo or an embargo.
    for (const [field, date] of [['published', fm.published], ['updated', fm.updated]] as const)
      if (date && Date.parse(date) > now.getTime()) report(original.file, field, `${date} is in the future (the build runs on ${now.toISOString()})`);
    fm.sources.forEach((src, i) => {
      if (src.date && Date.parse(`${src.date}T00:00:00Z`) > now.getTime()) report(original.file, `sources[${i}].date`, `${src.date} is in the future`);
    });
    fm.sources.forEach((src, i) => {
      if (src.url && isHomePageUrl(src.url))
        report(original.file, `sources[${i}].url`,
          `"${src.url}" is a home page, not the article: link the article itself, or drop the url and give the date the source published (date: "2026-01-29")`);
    });

    for (const f of story.files) {
      if (f.kind === 'translation') {
        if (f.fm.translatedFrom !== original.locale)
          report(f.file, 'translatedFrom', `says "${f.fm.translatedFrom}" but the original is ${original.file}`);
        if (f.fm.author && f.fm.author !== fm.author)
          report(f.file, 'author', `"${f.fm.author}" contradicts the original's author "${fm.author}"`);
        if (f.fm.published && Date.parse(f.fm.published) !== Date.parse(fm.published))
          report(f.file, 'published', `${f.fm.published} contradicts the original's date ${fm.published}`);
        if (f.fm.updated && Date.parse(f.fm.updated) < Date.parse(fm.published))
          report(f.file, 'updated', "is before the original's `published` date");
        if (f.fm.updated && Date.parse(f.fm.updated) > now.getTime()) report(f.file, 'updated', `${f.fm.updated} is in the future (the build runs on ${now.toISOString()})`);
      }
      const s = versionSlug(f);
      const field = f.fm.slug ? 'slug' : 'title';
      if (reservedSlugs.has(s)) report(f.file, field, `slug "${s}" is reserved for pagination`);
      const taken = effective.get(f.locale)!.get(s);
      if (taken && taken !== story.id) report(f.file, field, `slug "${s}" is already used in ${f.locale} by story "${taken}"`);
      effective.get(f.locale)!.set(s, story.id);
      f.fm.aliases.forEach((a, i) => aliasesByLocale.get(f.locale)!.push({ slug: a, id: story.id, file: f.file, at: `aliases[${i}]` }));
    }
    // An untranslated story is published in every other locale under its original slug.
    const s = versionSlug(original);
    for (const l of locales) {
      if (story.files.some((f) => f.locale === l)) continue;
      const taken = effective.get(l)!.get(s);
      if (taken && taken !== story.id)
        report(original.file, original.fm.slug ? 'slug' : 'title', `slug "${s}" collides in ${l} with story "${taken}", which has no ${l} translation under another slug`);
      else effective.get(l)!.set(s, story.id);
    }
  }
  for (const l of locales) {
    const seen = new Map<string, string>();
    for (const a of aliasesByLocale.get(l)!) {
      const owner = effective.get(l)!.get(a.slug);
      if (owner) report(a.file, a.at, `alias "${a.slug}" is the live slug of story "${owner}" in ${l}`);
      const other = seen.get(a.slug);
      if (other && other !== a.id) report(a.file, a.at, `alias "${a.slug}" is also an alias of story "${other}" in ${l}`);
      seen.set(a.slug, a.id);
    }
  }

  // The buying guide: methodologies, devices, rankings, featured comparisons.
  const methods = validateMethodologies(raw, report, now);
  validateDevices(raw, report, now, methods, rankedDevices(raw));
  validateReviewRatings(raw, report);
  validateRankings(raw, report, now);
  validateComparisons(raw, report);
  validateTypography(raw, report);
  validateImages(raw, report);
  return problems;
}
