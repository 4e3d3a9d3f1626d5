import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

/**
 * The programs the end-to-end tests need besides Node: a Chromium and nginx. Where they
 * are: an explicit path first, then the system's packages, then Playwright's own browser.
 */

const onPath = (name: string): string | undefined => {
  for (const dir of (process.env.PATH ?? '').split(':').concat(['/usr/sbin', '/usr/local/sbin', '/opt/homebrew/bin'])) {
    const candidate = `${dir}/${name}`;
    if (dir && fs.existsSync(candidate)) return candidate;
  }
  return undefined;
};

export function findChromium(): string | undefined {
  if (process.env.CHROMIUM_PATH) return fs.existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : undefined;
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p)) ?? onPath('chromium');
}

/** Playwright's own Chromium, if `npx playwright install chromium` was run on this machine. */
export function playwrightChromium(): string | undefined {
  try {
    const out = execFileSync(process.execPath, ['-e', "process.stdout.write(require('@playwright/test').chromium.executablePath())"], { encoding: 'utf8' });
    return out && fs.existsSync(out) ? out : undefined;
  } catch {
    return undefined;
  }
}

export function findNginx(): string | undefined {
  if (process.env.NGINX_PATH) return fs.existsSync(process.env.NGINX_PATH) ? process.env.NGINX_PATH : undefined;
  return onPath('nginx');
}
