import { expect, test } from '@playwright/test';
import { movement } from '../lib/rankings/changes';
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

test.describe('sort, filter and compare', () => {
  const ranking = content.ranking('multimedia-laptops')!;
  const path = `/en/top-10/${ranking.slug.en}`;
  const shownIds = (page: import('@playwright/test').Page) => page.locator('[data-view="interactive"] [data-device]').evaluateAll((els) => els.map((e) => e.getAttribute('data-device')));

  test('sorting by price reorders the list and the URL, and the URL restores it', async ({ page }) => {
    await page.goto(path);
    await expect(page.getByTestId('ranking-tools')).toBeVisible();
    await page.getByLabel(messages.en.rankings.sortBy).selectOption('price');
    await expect(page).toHaveURL(/\?sort=price$/);
    const byPrice = [...ranking.entries].sort((a, b) => a.device.price - b.device.price || a.rank - b.rank).map((e) => e.device.id);
    expect(await shownIds(page)).toEqual(byPrice);
    await page.goto(`${path}?sort=price`);
    await expect(page.getByLabel(messages.en.rankings.sortBy)).toHaveValue('price');
    expect(await shownIds(page)).toEqual(byPrice);
  });

  test('filtering by maximum price and weight hides what does not fit', async ({ page }) => {
    await page.goto(path);
    const priceSelect = page.getByLabel(messages.en.rankings.maxPrice);
    const cap = Number(await priceSelect.locator('option').nth(2).getAttribute('value'));
    await priceSelect.selectOption(String(cap));
    await expect(page).toHaveURL(new RegExp(`maxPrice=${cap}`));
    const expected = ranking.entries.filter((e) => e.device.price <= cap).map((e) => e.device.id);
    expect(await shownIds(page)).toEqual(expected);
    await page.getByLabel(messages.en.rankings.maxWeight).selectOption({ index: 1 });
    const weight = Number(new URL(page.url()).searchParams.get('maxWeight'));
    const both = ranking.entries.filter((e) => e.device.price <= cap && e.device.kind === 'laptop' && e.device.specs.weight <= weight).map((e) => e.device.id);
    expect(await shownIds(page)).toEqual(both);
    await page.reload();
    expect(await shownIds(page)).toEqual(both);
  });

  test('picking two devices shows them side by side, and the URL restores the comparison', async ({ page }) => {
    await page.goto(path);
    const [a, b] = ranking.entries;
    const name = (e: typeof a) => `${e!.device.brand} ${e!.device.model}`;
    await page.getByLabel(messages.en.rankings.compareSelect.replace('{device}', name(a))).check();
    await page.getByLabel(messages.en.rankings.compareSelect.replace('{device}', name(b))).check();
    const table = page.getByTestId('comparison');
    await expect(table.locator('thead th')).toHaveText(['Device', name(a), name(b)].map((x, i) => (i === 0 ? messages.en.rankings.device : x)));
    await expect(page).toHaveURL(new RegExp(`compare=${a!.device.id}%2C${b!.device.id}$`));
    await page.goto(`${path}?compare=${a!.device.id},${b!.device.id}&sort=rating`);
    await expect(page.getByTestId('comparison').locator('thead th').nth(2)).toHaveText(name(b));
    await expectNoAxeViolations(page);
  });

  test('a 360 px phone reads the list without horizontal scrolling', async ({ browser }) => {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(`/fr/top-10/${content.ranking('monitors')!.slug.fr}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page.locator('[data-rank="1"]').getByText(/cd\/m²/)).toBeVisible();
    await page.close();
  });
});
