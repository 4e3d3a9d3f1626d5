import fs from 'node:fs';
import path from 'node:path';
import { messagesFor } from '@/i18n/messages';
import type { Locale } from '@/i18n/locales';
import { internalSegment } from './rewrites';
import { escapeHtml } from '@/lib/site/escape-html';

/**
 * The HTML of the 404 page, as the build rendered it: the localized page
 * (app/[locale]/internal/page-not-found) for a locale, the five-language one
 * (app/global-not-found.tsx) for an address outside every locale. Read once per process
 * and kept in memory, so a 404 costs a map lookup: no rendering, nothing written.
 *
 * These files are Next's build output. If a future Next moves them (or under `next dev`,
 * which prerenders nothing), a plain page still says "not found" in the right language,
 * and the e2e tests, which expect the full page, fail loudly.
 */

const pages = new Map<string, string>();

function buildFile(locale: Locale | undefined): string {
  const dist = process.env.NEXT_DIST_DIR ?? '.next';
  const relative = locale ? path.join(locale, internalSegment, 'page-not-found.html') : '_not-found.html';
  return path.join(/*turbopackIgnore: true*/ process.cwd(), dist, 'server', 'app', relative);
}

function plainPage(locale: Locale | undefined): string {
  const t = messagesFor(locale ?? 'fr').notFound;
  return `<!DOCTYPE html><html lang="${locale ?? 'fr'}"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>${escapeHtml(t.title)} · Octet</title></head><body><main><h1>${escapeHtml(t.heading)}</h1><p>${escapeHtml(t.body)}</p><p><a href="/${locale ?? 'fr'}">${escapeHtml(t.home)}</a></p></main></body></html>`;
}

export function notFoundHtml(locale: Locale | undefined): string {
  const key = locale ?? '';
  let html = pages.get(key);
  if (html === undefined) {
    try {
      html = fs.readFileSync(buildFile(locale), 'utf8');
    } catch {
      console.warn(`[404] no prerendered 404 page at ${buildFile(locale)}; answering with a plain one`);
      html = plainPage(locale);
    }
    pages.set(key, html);
  }
  return html;
}
