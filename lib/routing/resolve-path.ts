import { isLocale, locales, type Locale } from '@/i18n/locales';
import { routing, type AppPathname } from '@/i18n/routing';
import type { ContentIndex } from '@/lib/content';
import { localizedTemplate, pathFor } from './paths';
import { routeOf } from './route-table';

/**
 * What any address is, from its raw path: the route table applied to a URL. Used by the
 * handler of addresses no rewrite matched (app/internal/missing), and by the tests that
 * pin the rules down. Pure: the content index is passed in.
 */
export type PathResolution =
  | { kind: 'page'; locale: Locale; pathname: AppPathname; params: Record<string, string> }
  | { kind: 'moved'; location: string }
  | { kind: 'missing'; locale?: Locale }
  | { kind: 'malformed' };

const pathnames = Object.keys(routing.pathnames) as AppPathname[];

/**
 * Splits a raw path (still percent-encoded) into decoded segments. Splitting comes first,
 * so `%2F` never becomes a separator; a segment that is empty (`//`) or decodes to a
 * slash, a backslash or a control character names nothing.
 */
export function splitPath(raw: string): { segments: string[] } | { invalid: 'malformed' | 'missing' } {
  const parts = raw.split('/').slice(1);
  if (parts.length > 0 && parts.at(-1) === '') parts.pop(); // `/fr/` is `/fr`
  const segments: string[] = [];
  for (const part of parts) {
    let segment: string;
    try {
      segment = decodeURIComponent(part);
    } catch {
      return { invalid: 'malformed' };
    }
    if (segment === '' || /[/\\\u0000-\u001f\u007f]/.test(segment)) return { invalid: 'missing' };
    segments.push(segment);
  }
  return { segments };
}

/** `/actualites/[slug]` against `['actualites', 'x']` → `{ slug: 'x' }`. */
function match(template: string, segments: string[]): Record<string, string> | undefined {
  const parts = template.split('/').filter(Boolean);
  if (parts.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < parts.length; i++) {
    const name = /^\[(\w+)\]$/.exec(parts[i]!)?.[1];
    if (name) params[name] = segments[i]!;
    else if (parts[i] !== segments[i]) return undefined;
  }
  return params;
}

/** The route whose localized template fits; fixed segments win over parameters. */
function findRoute(locale: Locale, segments: string[]): { pathname: AppPathname; params: Record<string, string> } | undefined {
  let best: { pathname: AppPathname; params: Record<string, string>; fixed: number } | undefined;
  for (const pathname of pathnames) {
    const template = localizedTemplate(pathname, locale);
    const params = match(template, segments);
    if (!params) continue;
    const fixed = template.split('/').filter((s) => s && !s.startsWith('[')).length;
    if (!best || fixed > best.fixed) best = { pathname, params, fixed };
  }
  return best;
}

function resolveIn(content: ContentIndex, locale: Locale, pathname: AppPathname, params: Record<string, string>) {
  return routeOf(pathname).resolve(content, locale, params as never);
}

export function resolvePath(content: ContentIndex, rawPath: string, search = ''): PathResolution {
  const split = splitPath(rawPath);
  if ('invalid' in split) return split.invalid === 'malformed' ? { kind: 'malformed' } : { kind: 'missing', locale: localeOf(rawPath) };
  const [first, ...rest] = split.segments;
  if (first === undefined) return { kind: 'missing' };

  // `/FR/actualites` is a typo of a real address: one permanent hop to where it leads.
  if (!isLocale(first)) {
    const lower = first.toLowerCase();
    if (!isLocale(lower)) return unprefixed(content, split.segments, search);
    const rawFirst = rawPath.split('/')[1]!;
    const fixed = `/${lower}${rawPath.slice(rawFirst.length + 1)}`;
    const result = resolvePath(content, fixed, search);
    return result.kind === 'page' ? { kind: 'moved', location: fixed + search } : result;
  }
  const locale = first;

  const own = findRoute(locale, rest);
  if (own) {
    const result = resolveIn(content, locale, own.pathname, own.params);
    if (result.kind === 'page') return { kind: 'page', locale, ...own };
    if (result.kind === 'moved') return { kind: 'moved', location: pathFor(locale, result.to) + search };
    return { kind: 'missing', locale };
  }

  // Another language's path segments (`/en/actualites/…`): the same page in this language.
  for (const other of locales) {
    if (other === locale) continue;
    const found = findRoute(other, rest);
    if (!found) continue;
    const result = resolveIn(content, locale, found.pathname, found.params);
    if (result.kind === 'missing') continue;
    const to = result.kind === 'moved' ? result.to : ({ pathname: found.pathname, params: found.params } as never);
    return { kind: 'moved', location: pathFor(locale, to) + search };
  }
  return { kind: 'missing', locale };
}

/**
 * An address without its language (`/actualites/x`, `/news`): the page it names in the
 * first language whose segments fit, so an old or hand-typed link still lands. Anything
 * else has no language to answer in.
 */
function unprefixed(content: ContentIndex, segments: string[], search: string): PathResolution {
  for (const locale of locales) {
    const found = findRoute(locale, segments);
    if (!found || Object.keys(found.params).length === 0 && segments.length === 0) continue;
    const result = resolveIn(content, locale, found.pathname, found.params);
    if (result.kind === 'page') return { kind: 'moved', location: pathFor(locale, { pathname: found.pathname, params: found.params } as never) + search };
    if (result.kind === 'moved') return { kind: 'moved', location: pathFor(locale, result.to) + search };
  }
  return { kind: 'missing' };
}

/** The locale an address names, if its first segment is one. */
export function localeOf(rawPath: string): Locale | undefined {
  const first = rawPath.split('/')[1];
  return isLocale(first) ? first : undefined;
}
