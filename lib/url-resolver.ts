import { locales, type Locale } from '@/i18n/locales';
import { routing, type AppPathname } from '@/i18n/routing';
import { getContent } from '@/lib/content';
import { parsePage } from '@/lib/pagination';

/**
 * Decides, before any rendering, what a locale-prefixed URL is: a page, a permanent
 * redirect to its canonical address, or a 404. The proxy acts on the answer, so that:
 * - a 404 is always server-rendered (Next.js renders a `notFound()` thrown during a hard
 *   navigation as an empty client-side shell: vercel/next.js#62228);
 * - a former slug, another language's slug or path segment answers 308 with the
 *   canonical URL, whatever page it belongs to.
 * Everything is looked up in the loaded content index; no URL part becomes a file path.
 */
export type Resolution = { type: 'page' } | { type: 'redirect'; location: string } | { type: 'not-found' };

type Params = Record<string, string>;
type Check = { status: 'ok' } | { status: 'moved'; template: AppPathname; params: Params } | { status: 'missing' };

const templates = Object.keys(routing.pathnames) as AppPathname[];

export function localizedTemplate(template: AppPathname, locale: Locale): string {
  const value = routing.pathnames[template] as string | Record<Locale, string>;
  return typeof value === 'string' ? value : value[locale];
}

/** `/actualites/[slug]` against `/actualites/mon-article` → `{ slug: 'mon-article' }`. */
function match(template: string, path: string): Params | undefined {
  const t = template.split('/').filter(Boolean);
  const p = path.split('/').filter(Boolean);
  if (t.length !== p.length) return undefined;
  const params: Params = {};
  for (let i = 0; i < t.length; i++) {
    const seg = t[i]!;
    const dyn = /^\[(\w+)\]$/.exec(seg);
    if (dyn) params[dyn[1]!] = p[i]!;
    else if (seg !== p[i]) return undefined;
  }
  return params;
}

/** Static segments first, so `/news/page/[page]` wins over `/news/[slug]` where both fit. */
function staticWeight(template: string): number {
  return template.split('/').filter((s) => s && !s.startsWith('[')).length;
}

function findTemplate(locale: Locale, path: string): { template: AppPathname; params: Params } | undefined {
  let best: { template: AppPathname; params: Params; weight: number } | undefined;
  for (const template of templates) {
    const localized = localizedTemplate(template, locale);
    const params = match(localized, path);
    if (params && (!best || staticWeight(localized) > best.weight)) best = { template, params, weight: staticWeight(localized) };
  }
  return best;
}

export function formatPath(locale: Locale, template: AppPathname, params: Params = {}): string {
  const localized = localizedTemplate(template, locale).replace(/\[(\w+)\]/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
  return `/${locale}${localized === '/' ? '' : localized}`;
}

/** Is this page there in this locale, and under this very address? */
function check(locale: Locale, template: AppPathname, params: Params): Check {
  const content = getContent();
  const ok: Check = { status: 'ok' };
  const missing: Check = { status: 'missing' };
  const pageOk = (count: number) => parsePage(params.page!, count) !== undefined;
  switch (template) {
    case '/news/[slug]':
    case '/reviews/[slug]': {
      const found = content.resolveStory(locale, params.slug!);
      if (!found) return missing;
      const want = found.item.type === 'news' ? '/news/[slug]' : '/reviews/[slug]';
      return found.canonical && want === template ? ok : { status: 'moved', template: want, params: { slug: found.slug } };
    }
    case '/news/page/[page]':
      return pageOk(content.listStories({ type: 'news' }).length) ? ok : missing;
    case '/reviews/page/[page]':
      return pageOk(content.listStories({ type: 'review' }).length) ? ok : missing;
    case '/topics/[topic]':
    case '/topics/[topic]/page/[page]': {
      const found = content.resolveTopic(locale, params.topic!);
      if (!found) return missing;
      if (template.endsWith('[page]') && !pageOk(content.listStories({ topicId: found.item.id }).length)) return missing;
      return found.canonical ? ok : { status: 'moved', template, params: { ...params, topic: found.slug } };
    }
    case '/authors/[author]':
    case '/authors/[author]/page/[page]': {
      const author = content.author(params.author!);
      if (!author) return missing;
      if (template.endsWith('[page]') && !pageOk(content.listStories({ authorId: author.id }).length)) return missing;
      return ok;
    }
    case '/top-10/[ranking]': {
      const found = content.resolveRanking(locale, params.ranking!);
      if (!found) return missing;
      return found.canonical ? ok : { status: 'moved', template, params: { ranking: found.slug } };
    }
    default:
      return ok;
  }
}

/** `pathname` is decoded and starts with a supported locale: `/fr/actualites/mon-article`. */
export function resolvePath(locale: Locale, pathname: string): Resolution {
  const rest = pathname.slice(locale.length + 1) || '/';
  const own = findTemplate(locale, rest);
  if (own) {
    const result = check(locale, own.template, own.params);
    if (result.status === 'ok') return { type: 'page' };
    if (result.status === 'missing') return { type: 'not-found' };
    return { type: 'redirect', location: formatPath(locale, result.template, result.params) };
  }
  // Another language's path segments (`/en/actualites/…`): the same page in this language.
  for (const other of locales) {
    if (other === locale) continue;
    const found = findTemplate(other, rest);
    if (!found) continue;
    const result = check(locale, found.template, found.params);
    if (result.status === 'missing') continue;
    const target = result.status === 'moved' ? result : found;
    return { type: 'redirect', location: formatPath(locale, target.template, target.params) };
  }
  return { type: 'not-found' };
}

/** The internal route the proxy rewrites unknown addresses to (app/[locale]/page-not-found). */
export const notFoundRoute = 'page-not-found';
