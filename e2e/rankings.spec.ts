import { expect, test, type Page } from '@playwright/test';
import { movement } from '../lib/rankings/changes';
import { deviceName } from '../lib/content/device-name';
import { pathFor } from '../lib/routing/paths';
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
  const summary = page.locator('#changes-heading ~ ul');
  for (const e of ranking.entries.filter((x) => x.previousRank === null)) await expect(summary).toContainText(e.device.model);
  for (const l of ranking.left) await expect(summary).toContainText(l.device.model);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the full monitor list renders', async ({ page }) => {
    const ranking = content.ranking('monitors')!;
    await page.goto(`/de/top-10/${ranking.slug.de}`);
    await expect(page.locator('[data-rank]')).toHaveCount(25);
    await expect(page.locator('[data-rank="25"] h2')).toHaveText(deviceName(ranking.entries[24]!.device));
    await expect(page.getByText(messages.de.rankings.verdict).first()).toBeVisible();
  });
});

test.describe('sort, filter, weigh and compare, with a plain form', () => {
  const ranking = content.ranking('multimedia-laptops')!;
  const path = pathFor('en', { pathname: '/top-10/[ranking]', params: { ranking: ranking.slug.en } });
  const refine = pathFor('en', { pathname: '/top-10/[ranking]/refine', params: { ranking: ranking.slug.en } });
  const shownIds = (page: Page) => page.locator('[data-device]').evaluateAll((els) => els.map((e) => e.getAttribute('data-device')));
  const t = messages.en.refine;

  for (const js of [false, true]) {
    test.describe(`JavaScript ${js ? 'on' : 'off'}`, () => {
      test.use({ javaScriptEnabled: js });

      test('sorting by price leads to a shareable address that shows the list by price', async ({ page }) => {
        await page.goto(path);
        await page.getByText(t.title).click();
        await page.getByLabel(t.sortBy).selectOption('price');
        await page.getByRole('button', { name: t.apply }).click();
        await expect(page).toHaveURL(`${refine}?sort=price`);
        const byPrice = [...ranking.entries].sort((a, b) => a.device.price - b.device.price || a.rank - b.rank).map((e) => e.device.id);
        expect(await shownIds(page)).toEqual(byPrice);
        await page.goto(`${refine}?sort=price`);
        await expect(page.getByLabel(t.sortBy)).toHaveValue('price');
        expect(await shownIds(page)).toEqual(byPrice);
      });
    });
  }

  test('deal-breaker filters hide what does not fit, and say what they hid and why', async ({ page }) => {
    const cap = [...ranking.entries].map((e) => e.device.price).sort((a, b) => a - b)[Math.floor(ranking.entries.length / 2)]!;
    const over = ranking.entries.filter((e) => e.device.price > cap);
    await page.goto(`${refine}?maxPrice=${cap}`);
    expect(await shownIds(page)).toEqual(ranking.entries.filter((e) => e.device.price <= cap).map((e) => e.device.id));
    const note = page.locator('[data-hidden="maxPrice"]');
    await expect(note).toContainText(`${over.length} hidden: over`);
    for (const e of over) await expect(note).toContainText(e.device.model);
    await expectNoAxeViolations(page);
  });

  test('weighing one criterion re-ranks the list by it, with the reader’s ratings shown', async ({ page }) => {
    const method = content.methodology('laptop')!;
    const only = method.criteria[0]!.id;
    const query = method.criteria.map((c) => `w-${c.id}=${c.id === only ? 10 : 0}`).join('&');
    await page.goto(`${refine}?${query}`);
    const expected = [...ranking.entries].sort((a, b) => b.device.score!.criteria[only]! - a.device.score!.criteria[only]! || a.rank - b.rank).map((e) => e.device.id);
    expect(await shownIds(page)).toEqual(expected);
    await expect(page.getByTestId('reader-rating').first()).toBeVisible();
  });

  test('ticking two devices and comparing leads to their comparison, at its canonical address', async ({ page }) => {
    await page.goto(path);
    const [a, b] = ranking.entries;
    await page.locator(`[data-device="${b!.device.id}"] input[name="d"]`).check();
    await page.locator(`[data-device="${a!.device.id}"] input[name="d"]`).check();
    await page.getByRole('button', { name: messages.en.rankings.compareChosen }).click();
    const ids = [a!.device.id, b!.device.id].sort().join('-vs-');
    await expect(page).toHaveURL(pathFor('en', { pathname: '/compare/[devices]', params: { devices: ids } }));
    await expect(page.getByTestId('comparison').locator('thead th')).toHaveCount(2);
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
