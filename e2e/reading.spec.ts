import { expect, test } from '@playwright/test';
import { pathFor } from '../lib/routing/paths';
import { content, expectNoAxeViolations, htmlText, messages, type Locale } from './support';

const launch = content.story('nvidia-openai-investment')!;
const slugOf = (id: string, l: Locale) => content.storySlug(content.story(id)!, l);
const untranslated = content.listStories({ type: 'news' }).find((s) => !s.versions.it && s.originalLocale === 'fr')!;
const review = content.listStories({ type: 'review' })[0]!;
const topic = content.topic('ai')!;
const author = content.author('camille-roux')!;

/** A story's <title>: its headline, or the shorter title its editor gave for the tab. */
const tabTitle = (id: string, l: Locale) => {
  const v = content.story(id)!.versions[l]!;
  return v.shortTitle ?? v.title;
};

// Every kind of reading page, with the title its <title> must start with.
const routes: { name: string; path: string; title: string }[] = [
  { name: 'home (fr)', path: '/fr', title: messages.fr.home.title },
  { name: 'news index (en)', path: '/en/news', title: messages.en.listing.newsTitle },
  { name: 'news page 2 (fr)', path: '/fr/actualites/page/2', title: messages.fr.listing.newsTitle },
  { name: 'reviews index (de)', path: '/de/tests', title: messages.de.listing.reviewsTitle },
  { name: 'topic (es)', path: `/es/temas/${topic.slug.es}`, title: messages.es.listing.topicTitle.replace('{topic}', topic.name.es) },
  { name: 'author (it)', path: `/it/autori/${author.id}`, title: author.name },
  { name: 'news story (fr)', path: `/fr/actualites/${slugOf(launch.id, 'fr')}`, title: tabTitle(launch.id, 'fr') },
  { name: 'review (fr)', path: `/fr/tests/${slugOf(review.id, 'fr')}`, title: tabTitle(review.id, 'fr') },
  { name: 'untranslated story in Italian', path: `/it/notizie/${slugOf(untranslated.id, 'it')}`, title: tabTitle(untranslated.id, 'fr') },
];

for (const r of routes) {
  test(`${r.name}: 200, one <h1>, localized <title>, no axe violation`, async ({ page }) => {
    const res = await page.goto(r.path);
    expect(res?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    expect(await page.title()).toContain(r.title);
    expect((await page.title()).length).toBeLessThanOrEqual(70);
    await expectNoAxeViolations(page);
  });
}

test('an untranslated story says so and carries the original language', async ({ page }) => {
  await page.goto(`/it/notizie/${slugOf(untranslated.id, 'it')}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'it');
  await expect(page.locator('#story')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('note')).toContainText(messages.it.article.untranslatedNotice.split('{')[0]!.trim());
});

test.describe('the launch story in its three languages', () => {
  for (const l of ['fr', 'en', 'de'] as const) {
    test(`${l}: own headline and dates in the locale's format, Paris time`, async ({ request }) => {
      const res = await request.get(pathFor(l, { pathname: '/news/[slug]', params: { slug: slugOf(launch.id, l) } }));
      expect(res.status()).toBe(200);
      const html = htmlText(await res.text());
      expect(html).toContain(`<h1 class="mt-2 font-serif text-3xl leading-tight font-bold md:text-5xl">${launch.versions[l]!.title}</h1>`);
      const long = new Intl.DateTimeFormat(l, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Paris' });
      const published = messages[l].article.published.replace('<time>{date}</time>', `<time dateTime="${launch.published}">${long.format(new Date(launch.published))}</time>`);
      expect(html).toContain(published);
      const updated = launch.versions[l]!.updated!;
      expect(html).toContain(long.format(new Date(updated)));
    });
  }
});

test.describe('redirects and 404s', () => {
  const redirects: [string, string][] = [
    ['/fr/actualites/nvidia-openai-100-milliards', pathFor('fr', { pathname: '/news/[slug]', params: { slug: slugOf(launch.id, 'fr') } })],
    [`/en/news/${slugOf(launch.id, 'fr')}`, pathFor('en', { pathname: '/news/[slug]', params: { slug: slugOf(launch.id, 'en') } })],
    [`/de/nachrichten/${slugOf(launch.id, 'en')}`, pathFor('de', { pathname: '/news/[slug]', params: { slug: slugOf(launch.id, 'de') } })],
    [`/fr/actualites/${slugOf(review.id, 'fr')}`, pathFor('fr', { pathname: '/reviews/[slug]', params: { slug: slugOf(review.id, 'fr') } })],
    [`/en/rubriques/${topic.slug.fr}`, `/en/topics/${topic.slug.en}`],
  ];
  for (const [from, to] of redirects) {
    test(`${from} → 308 ${to}`, async ({ request }) => {
      const res = await request.get(from, { maxRedirects: 0 });
      expect(res.status()).toBe(308);
      expect(new URL(res.headers()['location']!, 'http://x').pathname).toBe(to);
    });
  }

  for (const path of ['/fr/actualites/pas-un-article', '/en/reviews/nothing', '/fr/actualites/page/99', '/fr/actualites/page/0', '/fr/actualites/page/02', '/de/themen/unbekannt', '/it/autori/nessuno', '/fr/top-10/inconnu']) {
    test(`${path} → localized 404`, async ({ request }) => {
      const res = await request.get(path, { maxRedirects: 0 });
      expect(res.status()).toBe(404);
      const l = path.split('/')[1] as Locale;
      expect(htmlText(await res.text())).toContain(messages[l].notFound.heading);
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the article page renders fully', async ({ page }) => {
    await page.goto(pathFor('en', { pathname: '/news/[slug]', params: { slug: slugOf(launch.id, 'en') } }));
    await expect(page.locator('h1')).toHaveText(launch.versions.en!.title);
    expect(await page.locator('article .prose p').count()).toBeGreaterThan(3);
    await expect(page.getByRole('heading', { name: messages.en.article.sources })).toBeVisible();
    await expect(page.getByRole('heading', { name: messages.en.article.related })).toBeVisible();
  });

  test('the home page renders fully', async ({ page }) => {
    await page.goto('/fr');
    await expect(page.getByRole('heading', { name: messages.fr.home.latestNews })).toBeVisible();
    expect(await page.locator('main article').count()).toBeGreaterThan(10);
    await expect(page.getByRole('heading', { name: messages.fr.home.rankingsTeaser })).toBeVisible();
  });
});
