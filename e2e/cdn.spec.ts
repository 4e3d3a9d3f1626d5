import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { localeCookie } from '../lib/routing/locale-cookie';
import { pathFor } from '../lib/routing/paths';
import { content, locales, storyPath } from './support';

/**
 * Through a real cache (nginx with proxy_cache, obeying only the site's headers:
 * scripts/cdn.ts), as readers meet the site behind a CDN. The baseURL of this project is
 * the cache, not the server.
 */

const review = content.listStories({ type: 'review' })[0]!;
const ranking = content.ranking('smartphones')!;
const topic = content.topic('ai')!;
const author = content.authors[0]!;

// Every public page type, the feeds, the machine files and the preview images.
const publicAddresses: [string, string][] = [
  ['home', pathFor('fr', '/')],
  ['news', pathFor('en', '/news')],
  ['news, page 2', pathFor('de', { pathname: '/news/page/[page]', params: { page: '2' } })],
  ['reviews', pathFor('es', '/reviews')],
  ['story', storyPath('nvidia-openai-investment', 'it')],
  ['review', storyPath(review.id, 'fr')],
  ['rankings', pathFor('fr', '/top-10')],
  ['ranking', pathFor('en', { pathname: '/top-10/[ranking]', params: { ranking: ranking.slug.en } })],
  ['topics', pathFor('de', '/topics')],
  ['topic', pathFor('fr', { pathname: '/topics/[topic]', params: { topic: topic.slug.fr } })],
  ['authors', pathFor('it', '/authors')],
  ['author', pathFor('es', { pathname: '/authors/[author]', params: { author: author.id } })],
  ['search', `${pathFor('fr', '/search')}?q=oled`],
  ['about', pathFor('en', '/about')],
  ['legal', pathFor('de', '/legal')],
  ['feed', pathFor('fr', '/rss.xml')],
  ['preview image', pathFor('en', { pathname: '/og/[kind]/[image]', params: { kind: 'story', image: 'nvidia-openai-investment.png' } })],
  ['sitemap', '/sitemap.xml'],
  ['robots.txt', '/robots.txt'],
];

async function twice(request: APIRequestContext, path: string) {
  const first = await request.get(path, { maxRedirects: 0 });
  const second = await request.get(path, { maxRedirects: 0 });
  return { first, second };
}

test.describe('a CDN keeps what is the same for every reader', () => {
  for (const [name, path] of publicAddresses) {
    test(`${name} (${path}) is a HIT on the second request, and carries no cookie`, async ({ request }) => {
      const { first, second } = await twice(request, path);
      expect(first.status(), path).toBe(200);
      expect(second.headers()['x-cache'], path).toBe('HIT');
      expect(first.headers()['set-cookie'], path).toBeUndefined();
      expect(second.headers()['set-cookie'], path).toBeUndefined();
    });
  }

  test('unknown addresses are never kept (no-store), and never the 404 of another reader', async ({ request }) => {
    const { first, second } = await twice(request, '/fr/actualites/nothing-here-for-anyone');
    expect(first.status()).toBe(404);
    expect(second.headers()['x-cache']).not.toBe('HIT');
  });

  test('`/` is never kept: it depends on the reader', async ({ request }) => {
    const { first, second } = await twice(request, '/');
    expect(first.status()).toBe(307);
    expect(second.headers()['x-cache']).not.toBe('HIT');
    const de = await request.get('/', { maxRedirects: 0, headers: { 'accept-language': 'de-DE,de;q=0.9' } });
    expect(de.headers()['location']).toMatch(/\/de$/);
  });

  test('the language endpoint is never kept, and is the only answer that sets a cookie', async ({ request }) => {
    const to = pathFor('it', '/news');
    const { first, second } = await twice(request, `/language?to=${encodeURIComponent(to)}`);
    expect(first.status()).toBe(303);
    expect(first.headers()['set-cookie']).toContain(`${localeCookie}=it`);
    expect(second.headers()['x-cache']).not.toBe('HIT');
    expect(second.headers()['set-cookie']).toContain(`${localeCookie}=it`);
  });

  for (const method of ['POST', 'PUT', 'DELETE', 'TRACE'] as const) {
    test(`${method} is refused at the edge (405)`, async ({ request }) => {
      const res = await request.fetch('/fr', { method });
      expect(res.status()).toBe(405);
    });
  }
});

async function pickLanguage(page: Page, locale: string) {
  await page.locator('header details:has([data-switch-to]) summary').click();
  await page.locator(`[data-switch-to="${locale}"]`).click();
}

for (const js of [true, false]) {
  test.describe(`a language picked on a cached page is remembered, JavaScript ${js ? 'on' : 'off'}`, () => {
    // The browser prefers English: only the reader's choice can take them elsewhere.
    test.use({ javaScriptEnabled: js, locale: 'en-GB', extraHTTPHeaders: { 'accept-language': 'en-GB,en;q=0.9' } });

    for (const target of locales.filter((l) => l !== 'en')) {
      test(`pick ${target} on a cached English page, open /, land in ${target}`, async ({ page, request }) => {
        const story = storyPath('nvidia-openai-investment', 'en');
        await twice(request, story); // the page is now in the cache
        const cached = await request.get(story);
        expect(cached.headers()['x-cache']).toBe('HIT');

        await page.goto(story);
        await pickLanguage(page, target);
        await expect(page.locator('html')).toHaveAttribute('lang', target);
        await page.goto('/');
        await expect(page).toHaveURL(new RegExp(`/${target}$`));
      });
    }
  });
}
