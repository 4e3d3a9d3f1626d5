import { expect, test } from '@playwright/test';
import { pathFor } from '../lib/routing/paths';
import { content, storyPath } from './support';

/**
 * Pages lay out what is off screen only when the reader nears it (`content-visibility` in
 * app/globals.css): a ranking's entries, a review's or a device's charts, story cards, the
 * footer. What renders late must take the place kept for it without moving what the reader
 * is looking at, on a phone and on a desktop, scrolling down and back up.
 */
const monitors = content.ranking('monitors')!;
const topMonitor = monitors.entries[0]!.device;
const pages = [
  ['home', pathFor('fr', '/')],
  ['a story with its related stories', storyPath('nvidia-openai-investment', 'fr')],
  ['the news listing', pathFor('fr', '/news')],
  ['a device page', pathFor('fr', { pathname: '/devices/[device]', params: { device: 'samsung-galaxy-s26-ultra' } })],
  ['a review with its charts', storyPath(content.reviewOf(topMonitor.id)!.id, 'fr')],
  ['the Top 25', pathFor('fr', { pathname: '/top-10/[ranking]', params: { ranking: monitors.slug.fr } })],
] as const;
const viewports = [
  { width: 412, height: 823 },
  { width: 1350, height: 940 },
];

for (const [what, path] of pages) {
  for (const viewport of viewports) {
    test(`${what} holds still while a reader scrolls at ${viewport.width} px`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto(path);
      await page.evaluate(() => {
        const w = window as unknown as { shifts: string[] };
        w.shifts = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { value: number; sources: { node?: Node }[] })[]) {
            w.shifts.push(`${e.value.toFixed(4)} at scrollY ${Math.round(scrollY)}: ${e.sources.map((s) => s.node?.nodeName).join(', ')}`);
          }
        }).observe({ type: 'layout-shift' });
      });
      // A screen at a time, less a margin, so that every part of the page is once on screen.
      const step = viewport.height - 100;
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      const steps = Math.ceil(height / step) + 1;
      for (const direction of [1, -1]) {
        for (let i = 0; i < steps; i++) {
          await page.mouse.wheel(0, step * direction);
          await page.waitForTimeout(50);
        }
      }
      await page.waitForTimeout(200);
      expect(await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts)).toEqual([]);
      expect(await page.evaluate(() => scrollY)).toBe(0);
    });
  }
}
