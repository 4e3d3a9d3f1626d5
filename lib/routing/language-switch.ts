import { isLocale, type Locale } from '@/i18n/locales';
import { localeCookie, localeCookieMaxAge } from './locale-cookie';

/**
 * The language menu's links go through `/language?to=<the page in the chosen language>`:
 * this answer records the choice in a cookie and sends the reader on with a 303. It is
 * the only response of the site that sets a cookie, and it is `private, no-store`, so no
 * cache can keep it or hand the cookie to someone else; pages never set one, so a cached
 * page can never carry it. With or without JavaScript, the choice is remembered for the
 * reader's next visit to `/`.
 */

/** The path of a page of ours in a locale: `/de/…`, never `//host`, a backslash or a control character. */
export function switchTarget(to: string | null): { path: string; locale: Locale } | undefined {
  if (!to || to.length > 2048 || !to.startsWith('/') || /[\\\u0000-\u001f\u007f]/.test(to) || to.startsWith('//')) return undefined;
  const locale = /^\/([a-z]{2})(?:[/?#]|$)/.exec(to)?.[1];
  return isLocale(locale) ? { path: to, locale } : undefined;
}

export function languageHref(path: string): string {
  return `/language?${new URLSearchParams({ to: path })}`;
}

export function languageSwitch(url: URL, secureCookie: boolean): Response {
  const target = switchTarget(url.searchParams.get('to'));
  if (!target) {
    return new Response('Bad Request: `to` must be the path of a page of this site, in one of its languages', {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  }
  const cookie = [`${localeCookie}=${target.locale}`, 'Path=/', `Max-Age=${localeCookieMaxAge}`, 'SameSite=Lax', 'HttpOnly', ...(secureCookie ? ['Secure'] : [])];
  return new Response(null, {
    status: 303,
    headers: { Location: target.path, 'Set-Cookie': cookie.join('; '), 'Cache-Control': 'private, no-store' },
  });
}
