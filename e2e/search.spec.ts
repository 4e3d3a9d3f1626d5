import { expect, test } from '@playwright/test';
import { content, expectNoAxeViolations, htmlText, messages, type Locale } from './support';

const searchPath: Record<Locale, string> = { fr: '/fr/recherche', en: '/en/search', de: '/de/suche', es: '/es/buscar', it: '/it/cerca' };
const title = (id: string, l: Locale) => content.localize(content.story(id)!, l).version.title;

// Queries, the stories they must find (by id) and must not find, per locale.
const queries: { locale: Locale; q: string; finds: string[]; notFinds?: string[]; device?: string }[] = [
  { locale: 'fr', q: 'econome', finds: ['review-lenovo-thinkpad-x1-carbon-gen-13'] }, // accents ignored
  { locale: 'fr', q: 'ECRAN OLED', finds: ['oled-monitor-burn-in-warranty'] }, // case and accents
  { locale: 'fr', q: 'nvid', finds: ['nvidia-openai-investment'] }, // prefix while typing
  { locale: 'fr', q: 'snapdragn', finds: ['qualcomm-snapdragon-x2-elite'] }, // a typo
  { locale: 'fr', q: 'Snapdragon', finds: ['qualcomm-snapdragon-x2-elite'], notFinds: ['nvidia-openai-investment'] },
  { locale: 'en', q: 'openai nvidia', finds: ['nvidia-openai-investment'], notFinds: ['review-lg-ultragear-27gx790a'] },
  { locale: 'en', q: 'smartphon', finds: ['eu-energy-label-smartphones'] },
  { locale: 'en', q: 'ultragear', finds: ['review-lg-ultragear-27gx790a'], device: 'lg-ultragear-27gx790a' },
];

for (const c of queries) {
  test(`${c.locale} "${c.q}" finds ${c.finds.join(', ')}`, async ({ request }) => {
    const res = await request.get(`${searchPath[c.locale]}?q=${encodeURIComponent(c.q)}`);
    expect(res.status()).toBe(200);
    const html = htmlText(await res.text()).replace(/<\/?mark[^>]*>|<!-- -->/g, '');
    for (const id of c.finds) expect(html).toContain(title(id, c.locale));
    for (const id of c.notFinds ?? []) expect(html).not.toContain(title(id, c.locale));
    if (c.device) {
      const d = content.device(c.device)!;
      expect(html).toContain(`${d.brand} ${d.model}`);
    }
  });
}

test('a query with no result says so and suggests topics and rankings', async ({ page }) => {
  await page.goto(`${searchPath.fr}?q=zzzqqqxx`);
  await expect(page.getByRole('status')).toContainText('zzzqqqxx');
  await expect(page.getByRole('heading', { name: messages.fr.search.suggestions })).toBeVisible();
  await expect(page.getByRole('link', { name: content.rankings[0]!.title.fr }).last()).toBeVisible();
});

test('matched words are highlighted, the page is noindex and its title carries the query', async ({ page }) => {
  await page.goto(`${searchPath.fr}?q=nvidia`);
  expect(await page.locator('mark').count()).toBeGreaterThan(0);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  expect(await page.title()).toContain('nvidia');
  await expectNoAxeViolations(page);
});

// Hostile or odd input: a normal page (or a 400), never a 500, the query echoed escaped.
const hostile = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' OR 1=1; DROP TABLE stories; --",
  'x'.repeat(2000),
  '😀🔥 écran',
  '%%%',
  '\u0000null',
  '{{constructor.constructor("alert(1)")()}}',
];
for (const q of hostile) {
  test(`hostile query ${JSON.stringify(q.slice(0, 40))} is answered safely`, async ({ request }) => {
    const res = await request.get(`${searchPath.en}?q=${encodeURIComponent(q)}`);
    expect([200, 400]).toContain(res.status());
    const html = await res.text();
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).not.toContain('<img src=x onerror');
  });
}

test('invalid percent-encoding in the query is answered safely', async ({ request }) => {
  for (const raw of ['%E0%A4%A', '%', '%ZZ', '%00']) {
    const res = await request.get(`${searchPath.fr}?q=${raw}`);
    expect([200, 400], raw).toContain(res.status());
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the header search form leads to results', async ({ page }) => {
    await page.goto('/en');
    await page.getByRole('searchbox', { name: messages.en.nav.searchLabel }).fill('openai');
    await page.getByRole('button', { name: messages.en.nav.searchSubmit }).click();
    await expect(page).toHaveURL(/\/en\/search\?q=openai$/);
    await expect(page.getByRole('link', { name: title('nvidia-openai-investment', 'en') })).toBeVisible();
  });
});
