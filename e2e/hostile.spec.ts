import http from 'node:http';
import { expect, test } from '@playwright/test';

/**
 * Hostile and odd requests, sent byte for byte (a URL parser would resolve `..` and
 * re-encode what we want to send raw). None may answer 5xx, leak a file, or echo markup.
 */
function rawGet(base: string, path: string): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = http.request({ hostname, port, path, method: 'GET', headers: { 'accept-language': 'fr' } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.setTimeout(15_000, () => req.destroy(new Error(`timeout on ${path.slice(0, 80)}`)));
    req.end();
  });
}

// What a leak would look like: a line from a file that must never be served.
const leaks = [/"allowScripts"/, /"devDependencies"/, /createNextIntlPlugin/, /translatedFrom:/, /^type: news$/m, /root:x:0:0/, /\[core\]/, /bio:\s*\n\s*fr:/];
const markup = [/<script>alert\(1\)<\/script>/i, /"><script>/i, /onmouseover="alert/i, /<img src=x onerror/i];

const requests: string[] = [
  '/../../etc/passwd',
  '/fr/../../etc/passwd',
  '/fr/%2e%2e/%2e%2e/etc/passwd',
  '/fr/%252e%252e/%252e%252e/etc/passwd',
  '/fr/actualites/..%2f..%2fpackage.json',
  '/fr/actualites/%2e%2e%2fcontent%2fauthors.yaml',
  '/fr/actualites/..%5c..%5cpackage.json',
  '/fr/actualites/a%2fb',
  '/fr/actualites/%2F%2Fevil.example',
  '/fr/actualites/%00',
  '/fr/actualites/abc%00.md',
  '/fr/%00',
  `/fr/${'a'.repeat(8192)}`,
  '/FR',
  '/FR/actualites',
  '/Fr/tests',
  '/xx',
  '/xx/actualites',
  '/zh-cn/news',
  '/fr/',
  '/fr/actualites/',
  '//fr',
  '/fr//actualites',
  '/package.json',
  '/package-lock.json',
  '/.env',
  '/.env.local',
  '/next.config.ts',
  '/proxy.ts',
  '/content/authors.yaml',
  '/content/articles/nvidia-openai-investment/fr.md',
  '/fr/content/authors.yaml',
  '/_next/../package.json',
  '/_next/static/../../package.json',
  '/_next/static/%2e%2e/%2e%2e/package.json',
  '/.git/config',
  '/node_modules/next/package.json',
  '/fr/recherche?q=<script>alert(1)</script>',
  '/fr/recherche?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '/fr/recherche?q=%E0%A4%A',
  '/fr/recherche?q=%',
  "/fr/recherche?q='%20OR%201=1--",
  '/fr/recherche?q=a&q=b',
  '/fr/recherche?q=x&page=99999999999',
  '/fr/recherche?page=-1',
  `/fr/recherche?q=${'%F0%9F%98%80'.repeat(500)}`,
  '/fr/actualites/page/99999999999999999999',
  '/fr/top-10/%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '/fr/rubriques/%F0%9F%98%80',
  '/fr/og/story/..%2f..%2fpackage.json.png',
  '/fr/og/story/nvidia-openai-investment.png?x=<script>',
  '/fr/rss.xml/../../package.json',
  '/sitemap.xml?<script>alert(1)</script>',
  '/%E0%A4%A',
  '/fr/actualites/nvidia-openai-investissement-enlise?%22%3E%3Cscript%3Ealert(1)%3C/script%3E',
  '/fr/auteurs/camille-roux%22onmouseover=%22alert(1)',
];

test('the table holds at least forty requests', () => {
  expect(requests.length).toBeGreaterThanOrEqual(40);
});

for (const path of requests) {
  test(`GET ${path.length > 70 ? `${path.slice(0, 70)}… (${path.length} chars)` : path}`, async ({ baseURL }) => {
    const res = await rawGet(baseURL!, path);
    expect(res.status, 'no server error').toBeLessThan(500);
    for (const leak of leaks) expect(res.body, `leak ${leak}`).not.toMatch(leak);
    for (const m of markup) expect(res.body, `unescaped ${m}`).not.toMatch(m);
    expect(res.headers['x-powered-by']).toBeUndefined();
  });
}

test('security headers are on pages, redirects, 404s and files', async ({ baseURL }) => {
  for (const path of ['/fr', '/', '/en/actualites', '/fr/nope', '/fr/rss.xml', '/robots.txt']) {
    const { headers } = await rawGet(baseURL!, path);
    const csp = String(headers['content-security-policy']);
    for (const directive of ["object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'"]) expect(csp, path).toContain(directive);
    expect(csp).not.toContain('unsafe-eval');
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBeTruthy();
    expect(headers['permissions-policy'], path).toBeTruthy();
    expect(headers['cross-origin-opener-policy'], path).toBe('same-origin');
    expect(headers['x-powered-by'], path).toBeUndefined();
  }
});

test('static pages can be served by a CDN; hashed assets are immutable', async ({ baseURL }) => {
  const page = await rawGet(baseURL!, '/fr/actualites');
  expect(page.headers['cache-control']).toMatch(/s-maxage=\d+.*stale-while-revalidate/);
  const asset = /\/_next\/static\/[^"]+\.css/.exec(page.body)![0];
  expect((await rawGet(baseURL!, asset)).headers['cache-control']).toMatch(/immutable/);
});

test('the pages run under the CSP without a single violation', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  for (const path of ['/fr', '/en/top-10/multimedia-laptops?sort=price&compare=apple-macbook-pro-14-m5,asus-zenbook-s-16-um5606', '/de/suche?q=oled']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(violations).toEqual([]);
});
