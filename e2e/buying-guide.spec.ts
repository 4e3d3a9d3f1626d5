import { expect, test } from '@playwright/test';
import { weightedRating } from '../lib/content/catalogue';
import { deviceName } from '../lib/content/device-name';
import { metricsByKind } from '../lib/content/schemas';
import { comparisonParam } from '../lib/rankings/comparison';
import { pathFor } from '../lib/routing/paths';
import { content, expectNoAxeViolations, htmlText, locales, messages } from './support';

/** The buying guide: device pages, free comparisons, methodologies, ranking history and feeds. */

const phone = content.device('samsung-galaxy-s26-ultra')!;
const devicePath = (id: string, l = 'fr' as (typeof locales)[number]) => pathFor(l, { pathname: '/devices/[device]', params: { device: id } });
const smartphones = content.ranking('smartphones')!;
const [first, second] = smartphones.entries;

test.describe('a device page', () => {
  for (const l of locales) {
    test(`${l}: sub-scores that add up, measurements with their tests, dated prices, ranks, alternatives`, async ({ page }) => {
      const res = await page.goto(devicePath(phone.id, l));
      expect(res?.status()).toBe(200);
      await expect(page.locator('h1')).toHaveText(deviceName(phone));
      const method = content.methodology('smartphone')!;
      const weights = method.versions.find((v) => v.version === phone.score!.method)!.weights;
      expect(weightedRating(weights, phone.score!.criteria)).toBe(phone.score!.rating);
      await expect(page.getByTestId('sub-scores').locator('tfoot td')).toHaveText(String(phone.score!.rating));
      await expect(page.getByTestId('sub-scores').locator('tbody tr')).toHaveCount(method.criteria.length);
      for (const metric of metricsByKind.smartphone) await expect(page.locator(`[data-metric="${metric}"]`)).toHaveCount(1);
      await expect(page.locator('[data-metric] figure').first()).toBeVisible();
      await expect(page.getByTestId('price-history').locator('tbody tr')).toHaveCount(phone.prices.length);
      await expect(page.getByTestId('rank-timeline')).toContainText(smartphones.title[l]);
      await expect(page.getByTestId('alternatives')).toBeVisible();
    });
  }

  test('carries Product JSON-LD with its review and rating, and a preview image', async ({ request }) => {
    const html = await (await request.get(devicePath(phone.id, 'en'))).text();
    const data = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));
    const product = data.find((d) => d['@type'] === 'Product')!;
    expect(product.name).toBe(deviceName(phone));
    expect(product.offers.price).toBe(phone.price);
    expect(product.review.reviewRating.ratingValue).toBe(content.reviewOf(phone.id)!.rating);
    const image = /<meta property="og:image" content="([^"]+)"/.exec(html)![1]!;
    const png = await request.get(new URL(image).pathname);
    expect(png.status()).toBe(200);
    expect(png.headers()['content-type']).toBe('image/png');
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`passes axe in ${scheme} mode and fits a 360 px phone`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width: 360, height: 800 }, colorScheme: scheme });
      const page = await context.newPage();
      await page.goto(devicePath(phone.id));
      await expectNoAxeViolations(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      await context.close();
    });
  }

  test('is in the sitemap, in search results, and linked from its ranking entry', async ({ request }) => {
    const sitemap = await (await request.get('/sitemap.xml')).text();
    expect(sitemap).toContain(devicePath(phone.id));
    const search = await (await request.get(`${pathFor('fr', '/search')}?q=${encodeURIComponent(phone.model)}`)).text();
    expect(search).toContain(`href="${devicePath(phone.id)}"`);
    const ranking = await (await request.get(pathFor('fr', { pathname: '/top-10/[ranking]', params: { ranking: smartphones.slug.fr } }))).text();
    expect(ranking).toContain(`href="${devicePath(phone.id)}"`);
  });
});

test.describe('free comparison', () => {
  const ids = comparisonParam([first!.device.id, second!.device.id]);
  const path = pathFor('fr', { pathname: '/compare/[devices]', params: { devices: ids } });

  test('compares two devices of a kind, marks what differs and names the best', async ({ page }) => {
    const res = await page.goto(path);
    expect(res?.status()).toBe(200);
    await expect(page.getByTestId('comparison').locator('thead th')).toHaveText(ids.split('-vs-').map((id) => deviceName(content.device(id)!)));
    await expect(page.locator('[data-differs]').first()).toBeVisible();
    await expect(page.locator('[data-best]').first()).toContainText(messages.fr.guide.best);
    await expectNoAxeViolations(page);
  });

  const cases: [string, string, number, string?][] = [
    ['another order moves to the canonical one', pathFor('fr', { pathname: '/compare/[devices]', params: { devices: ids.split('-vs-').reverse().join('-vs-') } }), 308, path],
    ['a device twice moves to its page', pathFor('fr', { pathname: '/compare/[devices]', params: { devices: `${first!.device.id}-vs-${first!.device.id}` } }), 308, devicePath(first!.device.id)],
    ['devices of different kinds are not a comparison', pathFor('fr', { pathname: '/compare/[devices]', params: { devices: `${first!.device.id}-vs-${content.ranking('monitors')!.entries[0]!.device.id}` } }), 404],
    ['an unknown device is not a comparison', pathFor('fr', { pathname: '/compare/[devices]', params: { devices: `${first!.device.id}-vs-nothing-here` } }), 404],
    ['five devices are too many', pathFor('fr', { pathname: '/compare/[devices]', params: { devices: smartphones.entries.slice(0, 5).map((e) => e.device.id).sort().join('-vs-') } }), 404],
  ];
  for (const [name, url, status, location] of cases) {
    test(`${name} (${status})`, async ({ request }) => {
      const res = await request.get(url, { maxRedirects: 0 });
      expect(res.status()).toBe(status);
      if (location) expect(res.headers()['location']).toBe(location);
      if (status === 404) expect(res.headers()['cache-control']).toBe('no-store');
    });
  }

  test('the picker leads to the canonical address, without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(pathFor('en', '/compare'));
    await page.locator(`input[value="${second!.device.id}"]`).check();
    await page.locator(`input[value="${first!.device.id}"]`).check();
    await page.locator(`form:has(input[value="${first!.device.id}"]) button[type="submit"]`).click();
    await expect(page).toHaveURL(pathFor('en', { pathname: '/compare/[devices]', params: { devices: ids } }));
    await context.close();
  });

  test('has a preview image, is rendered per request and kept by no origin cache', async ({ request }) => {
    const html = await (await request.get(path)).text();
    const image = /<meta property="og:image" content="([^"]+)"/.exec(html)![1]!;
    const png = await request.get(new URL(image).pathname);
    expect(png.status()).toBe(200);
    expect((await request.get(path)).headers()['cache-control']).toMatch(/^public, max-age=0, s-maxage=\d+/);
  });

  test('every ranking entry and device page leads to a comparison', async ({ request }) => {
    const ranking = await (await request.get(pathFor('fr', { pathname: '/top-10/[ranking]', params: { ranking: smartphones.slug.fr } }))).text();
    expect((ranking.match(/<input type="checkbox" name="d" value="[a-z0-9-]+" form="compare">/g) ?? []).length).toBe(smartphones.entries.length);
    const form = /<form id="compare"[^>]*>/.exec(ranking)?.[0] ?? '';
    expect(form).toContain(`action="${pathFor('fr', '/compare')}"`);
    expect(form).toContain('method="get"');
    const device = await (await request.get(devicePath(second!.device.id))).text();
    expect(device).toMatch(/href="\/fr\/comparer\/[a-z0-9-]+-vs-[a-z0-9-]+"/);
  });
});

test.describe('methodology', () => {
  for (const method of content.methodologies) {
    test(`${method.formFactor}: criteria and weights that sum to 100, tests, versions`, async ({ page }) => {
      await page.goto(pathFor('fr', { pathname: '/methodology/[formFactor]', params: { formFactor: method.slug.fr } }));
      await expect(page.locator('h1')).toHaveText(htmlText(method.title.fr));
      expect(method.criteria.reduce((s, c) => s + c.weight, 0)).toBe(100);
      await expect(page.locator('[data-criterion]')).toHaveCount(method.criteria.length);
      await expect(page.getByText(method.version, { exact: false }).first()).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }

  test('a score under an older method says so on its badge', async ({ request }) => {
    const older = content.devices.find((d) => d.score && !content.scoreOf(d.id)!.current && content.rankingsOf(d.id).length > 0)!;
    const html = await (await request.get(devicePath(older.id))).text();
    expect(html).toContain(`data-method="${older.score!.method}"`);
    expect(htmlText(html)).toContain(messages.fr.guide.olderMethod.replace('{version}', older.score!.method));
  });
});

test.describe('ranking history and feed', () => {
  test('the history lists every update, newest first, with a reason for each move', async ({ page }) => {
    await page.goto(pathFor('en', { pathname: '/top-10/[ranking]/history', params: { ranking: smartphones.slug.en } }));
    const updates = content.rankingUpdates(smartphones.id);
    await expect(page.locator('main ol > li[id^="update-"]')).toHaveCount(updates.length);
    for (const e of smartphones.entries.filter((x) => x.previousRank !== x.rank)) await expect(page.locator(`main li[id="update-${smartphones.updated.slice(0, 10)}"]`)).toContainText(e.reason!.en);
    await expectNoAxeViolations(page);
  });

  test('each ranking has an RSS feed with one item per update', async ({ request }) => {
    for (const ranking of content.rankings) {
      const res = await request.get(pathFor('de', { pathname: '/top-10/[ranking]/rss.xml', params: { ranking: ranking.slug.de } }));
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toContain('application/rss+xml');
      const xml = await res.text();
      expect((xml.match(/<item>/g) ?? []).length).toBe(content.rankingUpdates(ranking.id).length);
    }
  });
});
