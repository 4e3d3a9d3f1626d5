import { expect, test, type APIRequestContext } from '@playwright/test';
import { shareLinks } from '../components/share/ShareBar';
import { ogLocales } from '../i18n/locales';
import { pathFor } from '../lib/routing/paths';
import { content, locales, messages, storyPath } from './support';

const launch = content.story('nvidia-openai-investment')!;
const review = content.story('review-samsung-galaxy-s25-ultra')!;
const ranking = content.ranking('tablets')!;

/** The <head> of the server's HTML, as the tags a link-preview crawler reads. */
async function head(request: APIRequestContext, path: string) {
  const res = await request.get(path);
  expect(res.status()).toBe(200);
  const html = await res.text();
  const meta = (key: string) => [...html.matchAll(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`, 'g'))].map((m) => m[1]!.replace(/&amp;/g, '&').replace(/&#x27;/g, "'").replace(/&quot;/g, '"'));
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
  const jsonLd = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);
  return { html, meta, canonical, jsonLd };
}

async function expectPreviewImage(request: APIRequestContext, url: string) {
  const res = await request.get(new URL(url).pathname);
  expect(res.status(), url).toBe(200);
  expect(res.headers()['content-type']).toBe('image/png');
  const body = await res.body();
  expect(body.length).toBeLessThan(300 * 1024);
  // PNG header: width and height are the big-endian words at bytes 16 and 20.
  expect([body.readUInt32BE(16), body.readUInt32BE(20)]).toEqual([1200, 630]);
}

test.describe('link previews of the launch story, in each of its languages', () => {
  for (const l of content.storyLocales(launch)) {
    test(`${l}: every tag in the server's HTML, og:url is the canonical, the image is right`, async ({ request }) => {
      const { meta, canonical } = await head(request, storyPath(launch.id, l));
      const version = launch.versions[l]!;
      expect(canonical).toMatch(new RegExp(`^https?://[^/]+${storyPath(launch.id, l)}$`));
      expect(meta('og:url')).toEqual([canonical]);
      expect(meta('og:title')).toEqual([version.title]);
      expect(meta('og:description')).toEqual([version.lead]);
      expect(meta('og:site_name')).toEqual(['Octet']);
      expect(meta('og:type')).toEqual(['article']);
      expect(meta('og:locale')).toEqual([ogLocales[l]]);
      expect(meta('og:locale:alternate').sort()).toEqual(content.storyLocales(launch).filter((x) => x !== l).map((x) => ogLocales[x]).sort());
      expect(meta('og:image:width')).toEqual(['1200']);
      expect(meta('og:image:height')).toEqual(['630']);
      expect(meta('og:image:alt')).toEqual([version.title]);
      expect(meta('article:published_time')).toEqual([launch.published]);
      expect(meta('article:modified_time')).toEqual([version.updated]);
      expect(meta('article:author')).toEqual([content.author(launch.authorId)!.name]);
      expect(meta('article:section')).toEqual([content.topic(launch.topicIds[0]!)!.name[l]]);
      expect(meta('article:tag')).toEqual(launch.topicIds.map((t) => content.topic(t)!.name[l]));
      expect(meta('twitter:card')).toEqual(['summary_large_image']);
      expect(meta('twitter:image:alt')).toEqual([version.title]);
      await expectPreviewImage(request, meta('og:image')[0]!);
    });
  }
});

test('link preview of a ranking', async ({ request }) => {
  const { meta, canonical } = await head(request, pathFor('fr', { pathname: '/top-10/[ranking]', params: { ranking: ranking.slug.fr } }));
  expect(meta('og:url')).toEqual([canonical]);
  expect(meta('og:title')).toEqual([ranking.title.fr]);
  expect(meta('og:type')).toEqual(['website']);
  expect(meta('og:locale:alternate')).toHaveLength(4);
  expect(meta('twitter:card')).toEqual(['summary_large_image']);
  await expectPreviewImage(request, meta('og:image')[0]!);
});

test('every page type has a preview image: home, topic, listing', async ({ request }) => {
  for (const path of ['/it', pathFor('es', { pathname: '/topics/[topic]', params: { topic: content.topic('ai')!.slug.es } }), '/de/nachrichten']) {
    const { meta } = await head(request, path);
    await expectPreviewImage(request, meta('og:image')[0]!);
  }
});

test("a page that shares the site's card describes that card, not the page", async ({ request }) => {
  for (const [l, path] of [['it', '/it'], ['de', '/de/nachrichten']] as const) {
    const { meta } = await head(request, path);
    expect(meta('og:image')[0], path).toMatch(/\/og\/site\/home\.png$/);
    expect(meta('og:image:alt'), path).toEqual([`Octet: ${messages[l].site.tagline}`]);
    expect(meta('twitter:image:alt'), path).toEqual([`Octet: ${messages[l].site.tagline}`]);
  }
});

test.describe('JSON-LD', () => {
  test('a news story: NewsArticle and BreadcrumbList', async ({ request }) => {
    const { jsonLd } = await head(request, storyPath(launch.id, 'en'));
    const article = jsonLd.find((j) => j['@type'] === 'NewsArticle')!;
    expect(article).toMatchObject({ headline: launch.versions.en!.title, datePublished: launch.published, publisher: { '@type': 'Organization', name: 'Octet' } });
    expect(String(article.dateModified)).toMatch(/[+-]\d\d:\d\d$|Z$/);
    expect(article.author).toMatchObject({ '@type': 'Person', name: content.author(launch.authorId)!.name });
    expect(String((article.author as { url: string }).url)).toMatch(/^https?:\/\/.+\/en\/authors\/camille-roux$/);
    expect((article.image as string[])[0]).toMatch(/\.png$/);
    const crumbs = jsonLd.find((j) => j['@type'] === 'BreadcrumbList')!;
    expect((crumbs.itemListElement as unknown[]).length).toBe(3);
  });

  test('a review: Review with the product and its rating', async ({ request }) => {
    const { jsonLd } = await head(request, storyPath(review.id, 'en'));
    const r = jsonLd.find((j) => j['@type'] === 'Review')!;
    const device = content.device(review.deviceId!)!;
    expect(r).toMatchObject({
      itemReviewed: { '@type': 'Product', name: `${device.brand} ${device.model}` },
      reviewRating: { '@type': 'Rating', ratingValue: review.rating, bestRating: 100 },
    });
  });

  test('a ranking: ItemList of its entries in order, each pointing to its device page', async ({ request }) => {
    const { jsonLd } = await head(request, pathFor('de', { pathname: '/top-10/[ranking]', params: { ranking: ranking.slug.de } }));
    const list = jsonLd.find((j) => j['@type'] === 'ItemList')!;
    const items = list.itemListElement as { position: number; url: string }[];
    expect(items.map((i) => i.position)).toEqual(ranking.entries.map((e) => e.rank));
    expect(items.map((i) => new URL(i.url).pathname)).toEqual(ranking.entries.map((e) => pathFor('de', { pathname: '/devices/[device]', params: { device: e.device.id } })));
  });

  test('the home page: WebSite with a SearchAction', async ({ request }) => {
    const { jsonLd } = await head(request, '/fr');
    const site = jsonLd.find((j) => j['@type'] === 'WebSite')!;
    expect(site.potentialAction).toMatchObject({ '@type': 'SearchAction', 'query-input': 'required name=search_term_string' });
    expect(JSON.stringify(site.potentialAction)).toContain('/fr/recherche?q={search_term_string}');
  });
});

test.describe('feeds and sitemap', () => {
  for (const l of locales) {
    test(`${l}: the RSS feed parses as XML with the latest stories`, async ({ request, page }) => {
      const res = await request.get(`/${l}/rss.xml`);
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toContain('application/rss+xml');
      const xml = await res.text();
      await page.goto('about:blank');
      const parsed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        return {
          error: doc.querySelector('parsererror')?.textContent ?? null,
          language: doc.querySelector('channel > language')?.textContent,
          titles: [...doc.querySelectorAll('item > title')].map((n) => n.textContent),
          links: [...doc.querySelectorAll('item > link')].map((n) => n.textContent ?? ''),
          dates: [...doc.querySelectorAll('item > pubDate')].map((n) => n.textContent ?? ''),
        };
      }, xml);
      expect(parsed.error).toBeNull();
      expect(parsed.language).toBe(l);
      expect(parsed.titles[0]).toBe(content.localize(content.stories[0]!, l).version.title);
      for (const link of parsed.links) expect(link).toMatch(new RegExp(`^https?://[^/]+/${l}/`));
      for (const d of parsed.dates) expect(Number.isNaN(Date.parse(d))).toBe(false);
    });
  }

  test('pages announce their feed', async ({ request }) => {
    const { html } = await head(request, '/es');
    expect(html).toMatch(/<link rel="alternate" type="application\/rss\+xml" href="[^"]+\/es\/rss\.xml"/);
  });

  test('robots.txt points to the sitemap, and every URL in the sitemap answers 200', async ({ request }) => {
    test.setTimeout(600_000);
    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toMatch(/Sitemap: https?:\/\/.+\/sitemap\.xml/);
    const xml = await (await request.get('/sitemap.xml')).text();
    const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(200);
    expect(xml).toContain('xhtml:link rel="alternate" hreflang="x-default"');
    expect(xml).toContain('<lastmod>');
    for (let i = 0; i < urls.length; i += 25) {
      const statuses = await Promise.all(urls.slice(i, i + 25).map(async (u) => [u, (await request.get(new URL(u).pathname, { maxRedirects: 0 })).status()] as const));
      for (const [u, status] of statuses) expect(status, u).toBe(200);
    }
  });
});

test.describe('the share bar', () => {
  test('its links carry the canonical URL and the title, without tracking parameters', async ({ page }) => {
    await page.goto(storyPath(launch.id, 'de'));
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    const bar = page.getByRole('navigation', { name: messages.de.share.title });
    for (const { network, href } of shareLinks(canonical!, launch.versions.de!.title)) {
      await expect(bar.getByRole('link', { name: messages.de.share.on.replace('{network}', network) })).toHaveAttribute('href', href);
      expect(href).not.toMatch(/utm_|fbclid|ref=/);
    }
    await expect(bar.getByRole('link', { name: messages.de.share.email })).toHaveAttribute('href', new RegExp(encodeURIComponent(canonical!).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  });

  test('copy-link puts the canonical URL on the clipboard and says so', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const path = pathFor('en', { pathname: '/top-10/[ranking]', params: { ranking: ranking.slug.en } });
    await page.goto(path);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    await page.getByRole('button', { name: messages.en.share.copy }).click();
    await expect(page.getByRole('status').filter({ hasText: messages.en.share.copied })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
  });

  test('copy-link takes its place before the scripts run, so hydration moves nothing', async ({ page }) => {
    const path = storyPath(launch.id, 'fr');
    const bar = page.getByRole('navigation', { name: messages.fr.share.title });
    const copy = bar.getByRole('button', { name: messages.fr.share.copy });
    await page.goto(path);
    await page.waitForFunction(() => Object.keys(document.querySelector('[data-share-bar] button')!).some((k) => k.startsWith('__reactFiber')));
    const hydrated = await copy.boundingBox();
    // The same page with its scripts on but none of the framework's chunks: never hydrated.
    await page.route('**/_next/static/chunks/*.js', (route) => route.abort());
    await page.goto(path);
    await expect(copy).toBeVisible();
    expect(await copy.boundingBox()).toEqual(hydrated);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the plain share links are there, and no button that needs scripts', async ({ page }) => {
      await page.goto(storyPath(launch.id, 'fr'));
      const bar = page.getByRole('navigation', { name: messages.fr.share.title });
      await expect(bar.getByRole('link')).toHaveCount(7);
      await expect(bar.getByRole('button')).toHaveCount(0);
    });
  });
});
