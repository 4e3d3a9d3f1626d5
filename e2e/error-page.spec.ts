import { expect, test } from '@playwright/test';
import { pathFor } from '../lib/routing/paths';
import { content, expectNoAxeViolations, locales, messages, navigateInApp } from './support';

/**
 * When a page fails on the server during a navigation in the app, the error page
 * (`app/[locale]/error.tsx`) takes its place, in the page's language. Its strings are the
 * only ones the browser holds (`components/layout/ErrorMessages.tsx`). The failure is
 * simulated as the server sends it: the React payload of the Top 25 with the row that
 * holds its heading replaced by an error row, in the navigation's payload and in the
 * prefetch's alike (the click hovers the link first, so either may arrive first).
 */
const ranking = content.ranking('monitors')!;

for (const l of locales) {
  test(`${l}: a page that fails on the server shows the error page in its language`, async ({ page }) => {
    const from = pathFor(l, '/top-10');
    const to = pathFor(l, { pathname: '/top-10/[ranking]', params: { ranking: ranking.slug[l] } });
    const heading = JSON.stringify(ranking.title[l]);
    // The row that holds the page's header: on its own in the navigation's payload, inside
    // the page segment's row in the prefetch a hover starts (IntentLink). Whichever of the
    // two the router renders, it fails, as both would if the server failed on this page.
    const failing = (row: string) => /^[1-9a-f]\w*:\[/.test(row) && row.includes('["$","header"') && row.includes(heading);
    await page.route(
      (url) => url.pathname === to && url.searchParams.has('_rsc'),
      async (route) => {
        const response = await route.fetch();
        const rows = (await response.text()).split('\n');
        const body = rows.map((row) => (failing(row) ? `${row.split(':')[0]}:E{"digest":"e2e"}` : row)).join('\n');
        await route.fulfill({ response, body });
      },
    );
    await navigateInApp(page, from, to);
    const t = messages[l].error;
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.heading);
    await expect(page.getByText(t.body)).toBeVisible();
    await expect(page.getByRole('button', { name: t.retry })).toBeVisible();
    await expect(page.getByRole('link', { name: t.home })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
