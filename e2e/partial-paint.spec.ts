import { expect, test, type Page } from '@playwright/test';
import { comparisonParam } from '../lib/rankings/comparison';
import { pathFor } from '../lib/routing/paths';
import { content, storyPath } from './support';

/**
 * A browser paints a page before it has all of it: on a slow phone the first paint comes
 * as soon as the stylesheet is in, with the parser part of the way down the HTML. What is
 * already on screen must then stay where it is when the rest arrives (CLS 0). Each page is
 * cut at evenly spaced points, just before a tag, and the part before the cut is served at
 * the page's address: every element of the first screen it holds, and its first line of
 * text, must sit where the whole page puts them.
 */
const monitors = content.ranking('monitors')!;
const phones = content.ranking('smartphones')!;
const pages = [
  ['home', pathFor('fr', '/')],
  ['a story', storyPath('nvidia-openai-investment', 'fr')],
  ['a review', storyPath(content.reviewOf(monitors.entries[0]!.device.id)!.id, 'fr')],
  ['the Top 25', pathFor('fr', { pathname: '/top-10/[ranking]', params: { ranking: monitors.slug.fr } })],
  ['a device page', pathFor('fr', { pathname: '/devices/[device]', params: { device: phones.entries[0]!.device.id } })],
  [
    'a comparison',
    pathFor('fr', { pathname: '/compare/[devices]', params: { devices: comparisonParam(phones.entries.slice(0, 2).map((e) => e.device.id)) } }),
  ],
  ['search results', `${pathFor('fr', '/search')}?q=oled`],
  ['the news listing', pathFor('fr', '/news')],
] as const;
const viewports = [
  { width: 412, height: 823 },
  { width: 1350, height: 940 },
];
const cuts = 24;

test.use({ javaScriptEnabled: false });
// Each test loads its page 25 times or more (16–29 s on CI's machine, against a 30 s default).
test.describe.configure({ timeout: 120_000 });

/** Where each element of the body and its first line of text are, in document order. */
function layout() {
  // An empty box is not drawn, nor is text clipped for the eye only (`sr-only`, 1 px by 1 px).
  const box = (r: DOMRect) => ({ x: Math.round(r.x), y: Math.round(r.y), shown: r.width > 1 && r.height > 1 });
  return [...document.body.querySelectorAll('*')].map((el) => {
    // Columns are not drawn.
    if (el.tagName === 'COL' || el.tagName === 'COLGROUP') return { tag: el.tagName, box: null, text: null };
    const text = [...el.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
    const own = box(el.getBoundingClientRect());
    const range = document.createRange();
    if (text) range.selectNodeContents(text);
    return { tag: el.tagName, box: own, text: text && own.shown ? box(range.getBoundingClientRect()) : null };
  });
}

/**
 * How many `content-visibility: auto` boxes in the first screen the browser has not yet
 * decided to draw. It decides at its first frame; a layout forced before that frame (as a
 * measurement right after the load event may be) still sizes them by their placeholders,
 * which are never painted.
 */
function undecided() {
  return [...document.body.querySelectorAll('*')].filter(
    (el) =>
      getComputedStyle(el).contentVisibility === 'auto' &&
      el.getBoundingClientRect().top < innerHeight &&
      el.firstElementChild &&
      !el.firstElementChild.checkVisibility({ contentVisibilityAuto: true }),
  ).length;
}

/** The layout as the reader is shown it. */
async function drawn(page: Page) {
  await expect.poll(() => page.evaluate(undecided)).toBe(0);
  return page.evaluate(layout);
}

/** The page cut just before each of the given points, and what of its first screen moved. */
async function movedByCuts(page: Page, path: string, html: string, points: Iterable<number>, height: number) {
  await page.goto(path);
  const whole = await drawn(page);
  const moved: string[] = [];
  const isPage = (url: URL) => url.pathname + url.search === path;
  for (const cut of points) {
    await page.route(isPage, (route) => route.fulfill({ body: html.slice(0, cut), contentType: 'text/html; charset=utf-8' }), { times: 1 });
    await page.goto(path);
    const part = await drawn(page);
    for (let i = 0; i < part.length && i < whole.length && part[i]!.tag === whole[i]!.tag; i++) {
      for (const key of ['box', 'text'] as const) {
        const [before, after] = [part[i]![key], whole[i]![key]];
        if (!before || !after || !before.shown || !after.shown || after.y >= height) continue;
        if (Math.abs(before.x - after.x) > 1 || Math.abs(before.y - after.y) > 1) {
          moved.push(`cut before ${JSON.stringify(html.slice(cut, cut + 40))}: ${part[i]!.tag} ${key} ${before.x},${before.y} → ${after.x},${after.y}`);
        }
      }
    }
  }
  return moved;
}

for (const [what, path] of pages) {
  for (const viewport of viewports) {
    test(`${what} drawn before it is whole keeps its first screen in place at ${viewport.width} px`, async ({ page }) => {
      await page.setViewportSize(viewport);
      const html = await (await page.request.get(path)).text();
      // Evenly spaced points in the markup, from the body to the framework's payload after it.
      const from = html.indexOf('<body');
      const to = html.indexOf('<script>self.__next_f', from);
      const points = new Set<number>();
      for (let i = 1; i <= cuts; i++) {
        const at = html.indexOf('<', from + Math.floor(((to - from) * i) / (cuts + 1)));
        if (at > from && at < to) points.add(at);
      }
      expect(points.size).toBeGreaterThan(cuts / 2);
      expect(await movedByCuts(page, path, html, points, viewport.height)).toEqual([]);
    });
  }
}

// The header comes first and is on every page: cut before each of its elements (about 75 loads).
for (const viewport of viewports) {
  test(`the header drawn before it is whole keeps in place at ${viewport.width} px`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const path = pathFor('fr', '/');
    const html = await (await page.request.get(path)).text();
    const from = html.indexOf('<header');
    const to = html.indexOf('</header>', from);
    const points = [...html.slice(from, to).matchAll(/<[a-z]/g)].map((m) => from + m.index!).filter((at) => at > from);
    expect(points.length).toBeGreaterThan(40);
    expect(await movedByCuts(page, path, html, points, viewport.height)).toEqual([]);
  });
}
