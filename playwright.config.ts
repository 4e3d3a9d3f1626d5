import fs from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests run against a production build in real Chromium: Debian's where it is
 * installed (or wherever CHROMIUM_PATH points), Playwright's own elsewhere (a laptop after
 * `npx playwright install chromium`).
 */
const port = Number(process.env.E2E_PORT ?? 3100);
const chromiumPath = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p));

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath,
      // No background traffic: this machine has no network, and tests must not depend on it.
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  projects: [
    // Runs alone, first: it measures the server's caches, which other tests legitimately fill.
    { name: 'cache', testMatch: 'cache-growth.spec.ts' },
    { name: 'chromium', use: { ...devices['Desktop Chrome'] }, testIgnore: 'cache-growth.spec.ts', dependencies: ['cache'] },
  ],
  webServer: [
    {
      command: `npm run build && npx next start -p ${port}`,
      url: `http://localhost:${port}/fr`,
      reuseExistingServer: false,
      timeout: 900_000,
      // Canonical and preview URLs point at the server under test, so tests can follow them.
      env: { SITE_URL: `http://localhost:${port}`, NEXT_TELEMETRY_DISABLED: '1' },
      stdout: 'pipe',
      stderr: 'pipe',
    },
  ],
});
