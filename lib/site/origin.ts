/**
 * The public origin (`SITE_URL`) as the build records it: `https://octet.example`, no
 * path, no trailing slash. No `@/` imports: next.config.ts loads this file directly.
 */
export const defaultOrigin = 'http://localhost:3000';

export function parseOrigin(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(url.protocol) || url.username || url.password || url.search || url.hash || url.pathname.replace(/\/+$/, '') !== '') return undefined;
  return url.origin;
}
