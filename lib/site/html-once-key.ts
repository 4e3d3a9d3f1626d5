import { createHash } from 'node:crypto';
import { keepHtml } from '@/lib/site/html-once';

/**
 * Keeps markup for `HtmlOnce` and returns its key: the first 16 characters of its SHA-256
 * in base64url, so the same markup always gets the same key.
 */
export function htmlOnce(html: string): string {
  const key = createHash('sha256').update(html).digest('base64url').slice(0, 16);
  keepHtml(key, html);
  return key;
}
