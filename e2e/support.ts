import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { locales, type Locale } from '../i18n/locales';
import { loadContent } from '../lib/content/load';
import { storyHref } from '../lib/routing/hrefs';
import { pathFor } from '../lib/routing/paths';
import fs from 'node:fs';
import { typesetMessages, withFallback, type Tree } from '../i18n/message-tools';
import type { Messages } from '../i18n/messages';

/**
 * Tests read expected strings from the message files and the content, never from copies,
 * as the site shows them: with French underneath a missing key and each language's spacing.
 */
const catalog = (l: Locale) => JSON.parse(fs.readFileSync(path.join(process.cwd(), 'messages', `${l}.json`), 'utf8')) as Tree;
export const messages = Object.fromEntries(
  locales.map((l) => [l, typesetMessages(withFallback(catalog('fr'), catalog(l), () => {}), l)]),
) as Record<Locale, Messages>;

const loaded = loadContent(path.join(process.cwd(), 'content'));
if (!loaded.index) throw new Error('content does not load; run npm run content:check');
export const content = loaded.index;

export { locales, type Locale };

/** Where a story lives in a locale: its translation's slug, or the original's. */
export function storyPath(id: string, locale: Locale): string {
  const story = content.story(id)!;
  return pathFor(locale, storyHref(content, story, locale));
}

/** axe with the WCAG A/AA rules; any violation fails with its rule ids and targets. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  expect(summary).toEqual([]);
}

/** Decodes the HTML entities React escapes, to compare server HTML with message text. */
export function htmlText(html: string): string {
  return html.replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/** The React payload a page carries inline (`self.__next_f.push([1, "…"])`), decoded. */
export function reactPayload(html: string): string {
  return [...html.matchAll(/<script>self\.__next_f\.push\((.*?)\)<\/script>/gs)]
    .map((m) => JSON.parse(m[1]!) as [number, string?])
    .filter((row) => row[0] === 1)
    .map((row) => row[1] ?? '')
    .join('');
}

/** Follows the link to `to` in `from`'s main content, checking that the app navigated without loading a document. */
export async function navigateInApp(page: Page, from: string, to: string) {
  await page.goto(from);
  await page.locator(`main a[href="${to}"]`).first().click();
  await expect(page).toHaveURL(to);
  expect(await page.evaluate(() => new URL(performance.getEntriesByType('navigation')[0]!.name).pathname)).toBe(from);
}
