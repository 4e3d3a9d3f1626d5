import { expect, test } from '@playwright/test';
import { content, messages, navigateInApp, reactPayload, storyPath } from './support';

/**
 * Static markup written once (`components/ui/HtmlOnce.tsx`): a published ranking's cards and
 * a review's measurement charts are in the HTML document and not again in the React payload.
 * A reader who arrives by a link in the app, with no document to read them from, still gets
 * them all, and gets them back on going back.
 */
const monitors = content.ranking('monitors')!;
const cases = [
  { what: 'the published Top 25', from: '/fr/top-10', to: `/fr/top-10/${monitors.slug.fr}`, items: 'ol[data-html] > li.entry' },
  { what: 'a review’s measurement charts', from: '/fr/tests', to: storyPath('review-asus-rog-strix-oled-xg27aqdpg', 'fr'), items: 'tbody[data-html] > tr' },
];

for (const c of cases) {
  test.describe(c.what, () => {
    test('is in the document once and not in the React payload', async ({ request }) => {
      const html = await (await request.get(c.to)).text();
      const payload = reactPayload(html);
      const pieces = [...html.matchAll(/data-html="([\w-]+)">/g)];
      expect(pieces.length).toBeGreaterThan(0);
      for (const m of pieces) {
        const start = html.slice(m.index! + m[0].length, m.index! + m[0].length + 200);
        expect(html.split(start)).toHaveLength(2);
        expect(payload).toContain(`"id":"${m[1]}"`);
        expect(payload).not.toContain(start);
      }
    });

    test('arrives whole after a navigation in the app, and again on going back', async ({ page }) => {
      await page.goto(c.to);
      const count = await page.locator(c.items).count();
      expect(count).toBeGreaterThan(9);
      await navigateInApp(page, c.from, c.to);
      await expect(page.locator(c.items)).toHaveCount(count);
      await page.locator('header a[href="/fr"]').first().click();
      await expect(page).toHaveURL('/fr');
      await page.goBack();
      await expect(page.locator(c.items)).toHaveCount(count);
    });

    test('offers a link to the page when it cannot be fetched', async ({ page }) => {
      await page.route(c.to, (route) => (route.request().resourceType() === 'fetch' ? route.abort() : route.continue()));
      await navigateInApp(page, c.from, c.to);
      const link = page.locator('[data-html] a').filter({ hasText: messages.fr.site.loadFailed }).first();
      await expect(link).toHaveAttribute('href', c.to);
      await link.click();
      await expect(page.locator(c.items).first()).toBeVisible();
    });
  });
}
