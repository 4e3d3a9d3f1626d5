/**
 * `npm test` starts here: it makes sure the machine has what the end-to-end tests need
 * (a Chromium and nginx), installing them where it can, or says in one sentence what to
 * run. On Debian as root it installs both with apt; elsewhere it fetches Playwright's own
 * Chromium and asks for nginx from the system's package manager.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { findChromium, findNginx, playwrightChromium } from './tools';

const isRoot = process.getuid?.() === 0;
const hasApt = fs.existsSync('/usr/bin/apt-get');

function sh(command: string, args: string[]) {
  console.log(`$ ${command} ${args.join(' ')}`);
  execFileSync(command, args, { stdio: 'inherit' });
}

function aptInstall(packages: string[]): boolean {
  if (!isRoot || !hasApt) return false;
  try {
    sh('apt-get', ['update']);
    sh('apt-get', ['install', '-y', '--no-install-recommends', ...packages]);
    return true;
  } catch {
    return false;
  }
}

const missing: string[] = [];
if (!findChromium() && !playwrightChromium()) missing.push('chromium');
if (!findNginx()) missing.push('nginx');

if (missing.length > 0) {
  console.log(`The end-to-end tests need ${missing.join(' and ')}; installing…`);
  if (!aptInstall(missing) && missing.includes('chromium')) {
    try {
      sh('npx', ['playwright', 'install', 'chromium']);
    } catch {
      /* said below */
    }
  }
}

const problems: string[] = [];
if (!findChromium() && !playwrightChromium())
  problems.push('No Chromium found: install it (`sudo apt-get install chromium`, or `npx playwright install chromium`), or set CHROMIUM_PATH, then run `npm test` again.');
if (!findNginx())
  problems.push('No nginx found (the tests put it in front of the site as a CDN): install it (`sudo apt-get install nginx` or `brew install nginx`), or set NGINX_PATH, then run `npm test` again.');
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
