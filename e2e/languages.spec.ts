import { expect, test, type APIRequestContext } from '@playwright/test';
import { pathFor } from '../lib/routing/paths';
import { content, htmlText, locales, type Locale, storyPath } from './support';

const launch = content.story('nvidia-openai-investment')!;
const untranslated = content.listStories({ type: 'news' }).find((s) => Object.keys(s.versions).length === 1)!;
const review = content.story('review-apple-macbook-air-13-m4')!;
const ranking = content.ranking('smartphones')!;
const topic = content.topic('semiconductors')!;
const author = content.author('sofia-benali')!;

// Each page type and where it lives in each locale: the language menu must link exactly there.
const pageTypes: { name: string; path: (l: Locale) => string }[] = [
  { name: 'home', path: (l) => pathFor(l, '/') },
  { name: 'news, page 2', path: (l) => pathFor(l, { pathname: '/news/page/[page]', params: { page: '2' } }) },
  { name: 'translated story', path: (l) => storyPath(launch.id, l) },
  { name: 'untranslated story', path: (l) => storyPath(untranslated.id, l) },
  { name: 'review', path: (l) => storyPath(review.id, l) },
  { name: 'ranking', path: (l) => pathFor(l, { pathname: '/top-10/[ranking]', params: { ranking: ranking.slug[l] } }) },
  { name: 'topic', path: (l) => pathFor(l, { pathname: '/topics/[topic]', params: { topic: topic.slug[l] } }) },
  { name: 'author', path: (l) => pathFor(l, { pathname: '/authors/[author]', params: { author: author.id } }) },
  { name: 'search with its query', path: (l) => `${pathFor(l, '/search')}?q=openai` },
];

async function menuLinks(request: APIRequestContext, path: string): Promise<Record<string, string>> {
  const res = await request.get(path);
  expect(res.status(), path).toBe(200);
  const html = await res.text();
  const links = [...html.matchAll(/<a [^>]*data-switch-to="(\w+)"[^>]*>/g)].map((m) => {
    const attr = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(m[0])?.[1];
    return { to: m[1]!, href: attr('href')!.replace(/&amp;/g, '&'), hreflang: attr('hrefLang'), lang: attr('lang') };
  });
  for (const l of links) expect(l.to === l.hreflang && l.hreflang === l.lang, `${path}: hreflang and lang of ${l.to}`).toBe(true);
  return Object.fromEntries(links.map((l) => [l.to, l.href]));
}

/** Where a menu link leads: other languages go through the language endpoint, which remembers the choice. */
function destination(href: string): string {
  return href.startsWith('/language?') ? new URLSearchParams(href.slice('/language?'.length)).get('to')! : href;
}

test.describe('the language menu leads to the same page in every language', () => {
  for (const type of pageTypes) {
    test(`${type.name}: from each locale to each other, 200 with the right <html lang>`, async ({ request }) => {
      for (const from of locales) {
        const links = await menuLinks(request, type.path(from));
        for (const to of locales) {
          expect(destination(links[to]!), `${type.name} ${from} → ${to}`).toBe(type.path(to));
          if (to === from) continue;
          const hop = await request.get(links[to]!, { maxRedirects: 0 });
          expect(hop.status(), `${links[to]}`).toBe(303);
          expect(hop.headers()['location']).toBe(type.path(to));
          const res = await request.get(type.path(to), { maxRedirects: 0 });
          expect(res.status(), type.path(to)).toBe(200);
          expect(await res.text()).toContain(`<html lang="${to}"`);
        }
      }
    });
  }
});

for (const js of [true, false]) {
  test.describe(`switching by clicking, JavaScript ${js ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled: js });
    for (const type of pageTypes) {
      test(`${type.name}: fr → de → it`, async ({ page }) => {
        await page.goto(type.path('fr'));
        for (const to of ['de', 'it'] as const) {
          await page.locator('header details:has([data-switch-to]) summary').click();
          await page.locator(`[data-switch-to="${to}"]`).click();
          await page.waitForURL((url) => url.pathname + url.search === type.path(to));
          await expect(page.locator('html')).toHaveAttribute('lang', to);
        }
      });
    }
  });
}

test.describe('hreflang alternates', () => {
  async function alternates(request: APIRequestContext, path: string) {
    const html = await (await request.get(path)).text();
    return Object.fromEntries([...html.matchAll(/<link rel="alternate" hrefLang="([\w-]+)" href="([^"]+)"/g)].map((m) => [m[1], m[2]]));
  }

  test('are absolute and reciprocal across the launch story, listing only its real translations', async ({ request }) => {
    const real = content.storyLocales(launch);
    const sets = await Promise.all(real.map((l) => alternates(request, storyPath(launch.id, l))));
    for (const set of sets) {
      expect(set).toEqual(sets[0]);
      expect(Object.keys(set).sort()).toEqual([...real, 'x-default'].sort());
      for (const l of real) expect(new URL(set[l]!).pathname).toBe(storyPath(launch.id, l));
      for (const href of Object.values(set)) expect(href).toMatch(/^https?:\/\//);
    }
  });

  test('are absolute and reciprocal across a ranking in all five locales', async ({ request }) => {
    const path = (l: Locale) => pathFor(l, { pathname: '/top-10/[ranking]', params: { ranking: ranking.slug[l] } });
    const sets = await Promise.all(locales.map((l) => alternates(request, path(l))));
    for (const set of sets) {
      expect(set).toEqual(sets[0]);
      expect(Object.keys(set).sort()).toEqual([...locales, 'x-default'].sort());
      for (const l of locales) expect(new URL(set[l]!).pathname).toBe(path(l));
    }
  });

  test("next-intl's Link header is off, so only the page's <head> speaks", async ({ request }) => {
    const res = await request.get(storyPath(launch.id, 'en'));
    expect(res.headers()['link'] ?? '').not.toContain('hreflang');
  });
});

test('a ranking intro written in French and English falls back to English, marked with its lang; German verdicts read in German', async ({ request }) => {
  const html = htmlText(await (await request.get(pathFor('de', { pathname: '/top-10/[ranking]', params: { ranking: ranking.slug.de } }))).text());
  // Ranking intros are written in French and English only: the German page shows the English one, marked as such.
  expect(ranking.intro.de, 'this ranking has no German intro, so its German page falls back').toBeUndefined();
  expect(html).toContain(`<p class="mt-4 text-lg" lang="en">${ranking.intro.en}</p>`);
  // Verdicts are written in all five languages: the German one is shown, as German text (no lang attribute).
  const verdict = ranking.entries[0]!.verdict;
  expect(verdict.de, 'the No. 1 has a German verdict').toBeTruthy();
  expect(html).toContain(`<p class="verdict">${verdict.de}</p>`);
  expect(html).not.toContain(`>${verdict.en}</p>`);
  // Prices follow the locale: German writes "1.469 €", English "€1,469".
  const price = ranking.entries[0]!.device.price;
  expect(html).toContain(new Intl.NumberFormat('de', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(price));
});
