import { expect, test } from '@playwright/test';
import { localeCookie } from '../lib/routing/locale-cookie';
import { content, expectNoAxeViolations, htmlText, locales, messages } from './support';

const homeOf = (l: string) => `/${l}`;

test.describe('language negotiation at /', () => {
  const cases: [string, string][] = [
    ['fr-FR,fr;q=0.9', 'fr'],
    ['en-GB,en;q=0.9', 'en'],
    ['de-DE,de;q=0.9,en;q=0.5', 'de'],
    ['es-ES,es;q=0.9', 'es'],
    ['it-IT,it;q=0.9', 'it'],
    ['pt-BR,pt;q=0.9', 'fr'],
    ['', 'fr'],
  ];
  for (const [header, expected] of cases) {
    test(`Accept-Language "${header || '(none)'}" lands on /${expected}`, async ({ request }) => {
      const res = await request.get('/', { headers: header ? { 'accept-language': header } : {}, maxRedirects: 0 });
      expect(res.status()).toBe(307);
      expect(new URL(res.headers()['location']!, 'http://x').pathname).toBe(homeOf(expected));
    });
  }

  test('a remembered choice wins over Accept-Language', async ({ request }) => {
    const res = await request.get('/', {
      headers: { 'accept-language': 'de-DE,de;q=0.9', cookie: `${localeCookie}=it` },
      maxRedirects: 0,
    });
    expect(new URL(res.headers()['location']!, 'http://x').pathname).toBe('/it');
  });

  test('prefixed URLs are never redirected to another language', async ({ request }) => {
    for (const l of locales) {
      const res = await request.get(homeOf(l), {
        headers: { 'accept-language': 'de-DE,de;q=0.9', cookie: `${localeCookie}=es` },
        maxRedirects: 0,
      });
      expect(res.status(), l).toBe(200);
    }
  });

  test('choosing a language in the menu is remembered for the next visit to /', async ({ page }) => {
    await page.goto('/fr');
    await page.locator('header details:has(a[hreflang]) summary').click();
    await page.locator('header a[hreflang="es"]').click();
    await expect(page).toHaveURL(/\/es$/);
    expect((await page.context().cookies()).find((c) => c.name === localeCookie)?.value).toBe('es');
    await page.goto('/');
    await expect(page).toHaveURL(/\/es$/);
  });

  test('opening a shared link alone does not change the remembered language', async ({ page }) => {
    await page.goto('/de');
    expect((await page.context().cookies()).find((c) => c.name === localeCookie)).toBeUndefined();
  });
});

test.describe('every locale', () => {
  for (const l of locales) {
    test(`${l}: <html lang>, localized <title>, navigation with the fifteen rankings`, async ({ page }) => {
      const res = await page.goto(homeOf(l));
      expect(res?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', l);
      await expect(page).toHaveTitle(messages[l].home.title);
      const nav = page.getByRole('navigation', { name: messages[l].nav.main });
      await expect(nav.getByRole('link', { name: messages[l].nav.news, exact: true })).toBeVisible();
      await expect(nav.getByRole('link', { name: messages[l].nav.reviews, exact: true })).toBeVisible();
      const menuLinks = nav.locator('details ul a');
      const titles = content.rankings.map((r) => r.title[l]);
      expect(titles).toHaveLength(15);
      await expect(menuLinks).toHaveText([...titles, messages[l].nav.allRankings]);
      await expect(page.getByRole('link', { name: messages[l].nav.skip })).toHaveAttribute('href', '#main');
    });
  }
});

test.describe('localized path segments', () => {
  const segments: Record<string, string[]> = {
    fr: ['/fr/actualites', '/fr/tests'],
    en: ['/en/news', '/en/reviews'],
    de: ['/de/nachrichten', '/de/tests'],
    es: ['/es/noticias', '/es/analisis'],
    it: ['/it/notizie', '/it/recensioni'],
  };
  for (const [l, paths] of Object.entries(segments)) {
    for (const p of paths) {
      test(`${p} serves the ${l} page`, async ({ request }) => {
        const res = await request.get(p, { maxRedirects: 0 });
        expect(res.status()).toBe(200);
        expect(await res.text()).toContain(`<html lang="${l}"`);
      });
    }
  }

  const wrong: [string, string][] = [
    ['/en/actualites', '/en/news'],
    ['/fr/news', '/fr/actualites'],
    ['/de/noticias', '/de/nachrichten'],
    ['/it/analisis', '/it/recensioni'],
  ];
  for (const [from, to] of wrong) {
    test(`${from} does not serve content: 308 to ${to}`, async ({ request }) => {
      const res = await request.get(from, { maxRedirects: 0 });
      expect(res.status()).toBe(308);
      expect(new URL(res.headers()['location']!, 'http://x').pathname).toBe(to);
    });
  }

  for (const [from, to] of [
    ['/actualites', '/fr/actualites'],
    ['/news', '/en/news'],
    ['/nachrichten', '/de/nachrichten'],
  ]) {
    test(`an address without its language (${from}) does not serve content: 308 to ${to}`, async ({ request }) => {
      const res = await request.get(from!, { maxRedirects: 0, headers: { 'accept-language': 'it' } });
      expect(res.status()).toBe(308);
      expect(new URL(res.headers()['location']!, 'http://x').pathname).toBe(to);
    });
  }
});

test.describe('404', () => {
  for (const l of locales) {
    test(`${l}: an unknown path answers 404 with the localized heading in the server's HTML`, async ({ request }) => {
      const res = await request.get(`/${l}/cette-page-n-existe-pas`);
      expect(res.status()).toBe(404);
      const html = htmlText(await res.text());
      expect(html).toContain(`<html lang="${l}"`);
      expect(html).toContain(messages[l].notFound.heading);
      expect(html).toContain(`<title>${messages[l].notFound.title} · Octet</title>`);
    });
  }

  for (const p of ['/xx', '/xx/actualites', '/pt-br/noticias']) {
    test(`an unknown locale (${p}) answers 404`, async ({ request }) => {
      const res = await request.get(p, { maxRedirects: 0 });
      expect(res.status()).toBe(404);
      expect(htmlText(await res.text())).toContain(messages.fr.notFound.heading);
    });
  }
});

test.describe('menus without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the Top 10 menu and the language menu open and lead somewhere', async ({ page }) => {
    await page.goto('/en');
    const nav = page.getByRole('navigation', { name: messages.en.nav.main });
    const firstRanking = nav.getByRole('link', { name: content.rankings[0]!.title.en });
    await expect(firstRanking).toBeHidden();
    const summary = nav.locator('summary');
    await expect(summary).toContainText(messages.en.nav.rankings);
    await summary.click();
    await expect(firstRanking).toBeVisible();

    await page.locator('header details:has(a[hreflang]) summary').click();
    await page.locator('header a[hreflang="de"]').click();
    await expect(page).toHaveURL(/\/de$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  });

  test('menus open from the keyboard', async ({ page }) => {
    await page.goto('/fr');
    const summary = page.getByRole('navigation', { name: messages.fr.nav.main }).locator('summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('link', { name: content.rankings[14]!.title.fr })).toBeVisible();
  });
});

test.describe('accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const l of locales) {
      test(`${l} home has no axe violations in ${scheme} mode`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(homeOf(l));
        await expectNoAxeViolations(page);
      });
    }
  }
});
