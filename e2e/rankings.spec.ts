import { expect, test } from '@playwright/test';
import { movement } from '../lib/ranking-changes';
import { content, expectNoAxeViolations, locales, messages } from './support';

test.describe('every ranking in every locale', () => {
  for (const ranking of content.rankings) {
    test(`${ranking.id}: ${ranking.size} entries in rank order, movements as in the content`, async ({ request }) => {
      for (const l of locales) {
        const res = await request.get(`/${l}/top-10/${ranking.slug[l]}`);
        expect(res.status(), l).toBe(200);
        const html = await res.text();
        const ranks = [...html.matchAll(/data-rank="(\d+)" data-movement="(\w+)" data-device="([\w-]+)"/g)];
        expect(ranks.map((m) => Number(m[1])), l).toEqual(ranking.entries.map((e) => e.rank));
        expect(ranks.map((m) => m[3]), l).toEqual(ranking.entries.map((e) => e.device.id));
        expect(ranks.map((m) => m[2]), l).toEqual(ranking.entries.map((e) => movement(e).kind));
        expect(html, l).toContain(`<h1 class="text-3xl font-black md:text-4xl">${ranking.title[l].replace(/'/g, '&#x27;')}</h1>`);
      }
    });
  }
});

test('the rankings index lists the fifteen rankings in menu order', async ({ page }) => {
  await page.goto('/en/top-10');
  await expect(page.locator('main ol > li h2')).toHaveText(content.rankings.map((r) => r.title.en));
  await expectNoAxeViolations(page);
});

test('a ranking page passes axe and names what changed', async ({ page }) => {
  const ranking = content.ranking('monitors')!;
  await page.goto(`/fr/top-10/${ranking.slug.fr}`);
  await expectNoAxeViolations(page);
  const summary = page.locator('#changes-heading + ul');
  for (const e of ranking.entries.filter((x) => x.previousRank === null)) await expect(summary).toContainText(e.device.model);
  for (const l of ranking.left) await expect(summary).toContainText(l.device.model);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the full monitor list renders', async ({ page }) => {
    const ranking = content.ranking('monitors')!;
    await page.goto(`/de/top-10/${ranking.slug.de}`);
    await expect(page.locator('[data-rank]')).toHaveCount(25);
    await expect(page.locator('[data-rank="25"] h2')).toHaveText(`${ranking.entries[24]!.device.brand} ${ranking.entries[24]!.device.model}`);
    await expect(page.getByText(messages.de.rankings.verdict).first()).toBeVisible();
  });
});
