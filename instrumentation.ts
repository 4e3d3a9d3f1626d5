/**
 * Runs once when the server starts, before the first request:
 * - refuses to start on a configuration the build did not expect: no `SITE_URL`, or
 *   another one than the build's, or content that is broken or not the content the site
 *   was built from. It says what is wrong and exits non-zero, instead of answering every
 *   address with a 500 or with links to the wrong origin; a deployment that checks the new
 *   server before switching keeps the old one serving (README, "Deploying").
 * - loads and indexes the content, so that no request pays for reading the archive;
 * - answers anything but GET and HEAD with a 405 (lib/site/method-guard.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { refuseBrokenStart } = await import('./lib/site/startup-check');
  refuseBrokenStart();
  const { guardMethods } = await import('./lib/site/method-guard');
  guardMethods();
}
