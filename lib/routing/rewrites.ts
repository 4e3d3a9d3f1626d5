import { locales, type Locale } from '@/i18n/locales';
import { routing, type AppPathname } from '@/i18n/routing';
import type { ContentIndex } from '@/lib/content';
import { localizedTemplate } from './paths';
import { routeOf } from './route-table';

/**
 * The route table compiled, at build time, into Next.js rewrites: every real page's public
 * address (`/fr/actualites/<slug>`) is rewritten to its internal route
 * (`/fr/internal/news/<slug>`), listing the exact parameter values that are pages. So
 * Next's own router serves real pages with no proxy on the way, and an address no rule
 * lists (an unknown slug, a former one, another language's) reaches no page at all: it
 * falls through to the handler of unmatched addresses, which answers 308, 404 or 400
 * without rendering or storing anything.
 *
 * Prerendered pages are matched first (`afterFiles`: Next builds `beforeFiles` rules
 * case-insensitive whatever `caseSensitiveRoutes` says, and `/FR/ACTUALITES/X` must not
 * reach a page); the long tail, rendered on first request, is matched after them
 * (`fallback`), before the catch-all.
 */

export interface Rewrite {
  source: string;
  destination: string;
}

/** Pages live under this segment of `app/[locale]/`; no public address starts with it. */
export const internalSegment = 'internal';
/** Where every address that no rule matched is handled (app/internal/missing). */
export const missingRoute = `/${internalSegment}/missing`;

/** Next limits the regular expression built from a rule's source to 4096 characters. */
const maxPattern = 3000;

/** A value inside a parameter's pattern. Slugs and ids are `[a-z0-9-]` (plus `.png`); the rest is escaped anyway. */
const escapeRegex = (value: string) => value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** A fixed value inside a path-to-regexp source: reserved characters escaped. */
const escapeLiteral = (value: string) => value.replace(/[:*+?()[\]{}\\]/g, '\\$&');

/** Parameter values in groups whose alternation fits in one rule. */
function chunks(values: string[]): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  let length = 0;
  for (const v of values) {
    const size = escapeRegex(v).length + 1;
    if (current.length > 0 && length + size > maxPattern) {
      out.push(current);
      current = [];
      length = 0;
    }
    current.push(v);
    length += size;
  }
  if (current.length > 0) out.push(current);
  return out;
}

/**
 * Rules for one route in one locale and a list of parameter sets: parameters but the last
 * are written out, the last one is an alternation of its values.
 */
function rulesFor(pathname: AppPathname, locale: Locale, paramSets: Record<string, string>[]): Rewrite[] {
  const template = localizedTemplate(pathname, locale);
  const publicBase = `/${locale}${template === '/' ? '' : template}`;
  const internalBase = `/${locale}/${internalSegment}${pathname === '/' ? '' : pathname}`;
  const names = [...template.matchAll(/\[(\w+)\]/g)].map((m) => m[1]!);
  if (names.length === 0) return paramSets.length > 0 ? [{ source: publicBase, destination: internalBase }] : [];

  const last = names.at(-1)!;
  const groups = new Map<string, { fixed: Record<string, string>; values: string[] }>();
  for (const params of paramSets) {
    const fixed = Object.fromEntries(names.slice(0, -1).map((n) => [n, params[n]!]));
    const key = JSON.stringify(fixed);
    const group = groups.get(key) ?? { fixed, values: [] };
    group.values.push(params[last]!);
    groups.set(key, group);
  }
  const fill = (base: string, fixed: Record<string, string>) =>
    base.replace(/\[(\w+)\]/g, (_, n: string) => (n === last ? `:${last}` : escapeLiteral(fixed[n]!)));
  return [...groups.values()].flatMap(({ fixed, values }) =>
    chunks([...new Set(values)]).map((group) => ({
      source: fill(publicBase, fixed).replace(`:${last}`, `:${last}(${group.map(escapeRegex).join('|')})`),
      destination: fill(internalBase, fixed),
    })),
  );
}

/** An open route takes any parameter of its shape: the proxy has checked the request first. */
function openRule(pathname: AppPathname, locale: Locale, shape: string): Rewrite {
  const template = localizedTemplate(pathname, locale);
  return {
    source: `/${locale}${template.replace(/\[(\w+)\]/g, (_, n: string) => `:${n}(${shape})`)}`,
    destination: `/${locale}/${internalSegment}${pathname.replace(/\[(\w+)\]/g, (_, n: string) => `:${n}`)}`,
  };
}

/** The order rules are tried in: the pages readers open most often first. */
const hotFirst: AppPathname[] = ['/', '/news/[slug]', '/top-10/[ranking]', '/reviews/[slug]', '/news', '/reviews', '/top-10'];

export function buildRewrites(content: ContentIndex): { beforeFiles: Rewrite[]; afterFiles: Rewrite[]; fallback: Rewrite[] } {
  const pathnames = [...hotFirst, ...(Object.keys(routing.pathnames) as AppPathname[]).filter((p) => !hotFirst.includes(p))];
  const afterFiles: Rewrite[] = [];
  const fallback: Rewrite[] = [];
  for (const pathname of pathnames) {
    const route = routeOf(pathname);
    for (const locale of locales) {
      if (route.open) {
        fallback.push(openRule(pathname, locale, route.open.shape));
        continue;
      }
      const all = route.pages(content, locale) as Record<string, string>[];
      const ahead = (route.prerender?.(content, locale) ?? all) as Record<string, string>[];
      const built = new Set(ahead.map((p) => JSON.stringify(p)));
      afterFiles.push(...rulesFor(pathname, locale, ahead));
      fallback.push(...rulesFor(pathname, locale, all.filter((p) => !built.has(JSON.stringify(p)))));
    }
  }
  fallback.push({ source: '/:path*', destination: `${missingRoute}/:path*` });
  return { beforeFiles: [], afterFiles, fallback };
}
