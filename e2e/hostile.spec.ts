import http from 'node:http';
import { expect, test } from '@playwright/test';

/**
 * Hostile and odd requests, sent byte for byte (a URL parser would resolve `..` and
 * re-encode what we want to send raw). None may answer 5xx, leak a file, or echo markup.
 */
function rawRequest(
  base: string,
  path: string,
  method = 'GET',
  headers: Record<string, string> = { 'accept-language': 'fr' },
): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = http.request({ hostname, port, path, method, headers }, (res) => {
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

const rawGet = (base: string, path: string) => rawRequest(base, path);

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

// Requests that are not plain GETs of an address, and what each must get.
const odd: { name: string; method?: string; path: string; headers?: Record<string, string>; status: number; location?: string }[] = [
  { name: 'TRACE', method: 'TRACE', path: '/fr', status: 405 },
  { name: 'TRACE on a file', method: 'TRACE', path: '/fr/rss.xml', status: 405 },
  { name: 'POST to a page', method: 'POST', path: '/fr/actualites', status: 405 },
  { name: 'DELETE', method: 'DELETE', path: '/fr', status: 405 },
  { name: 'PUT on a 404', method: 'PUT', path: '/fr/nothing', status: 405 },
  { name: 'OPTIONS', method: 'OPTIONS', path: '/', status: 405 },
  { name: 'the image optimizer, asked for a file outside', path: '/_next/image?url=%2F..%2Fpackage.json&w=64&q=75', status: 404 },
  { name: 'the image optimizer, asked to re-encode a preview image', path: '/_next/image?url=%2Ffr%2Fog%2Fsite%2Fhome.png&w=640&q=75', status: 404 },
  { name: 'Accept-Language with a wildcard', path: '/', headers: { 'accept-language': 'de-DE,*;q=0.5' }, status: 307, location: '/de' },
  { name: 'Accept-Language with an underscore', path: '/', headers: { 'accept-language': 'en_US' }, status: 307, location: '/en' },
  { name: 'Accept-Language with an invalid tag first', path: '/', headers: { 'accept-language': 'xx-not_a:tag,es;q=0.8' }, status: 307, location: '/es' },
  { name: 'Accept-Language of 8 KB', path: '/', headers: { 'accept-language': `${'x-'.repeat(4000)},it` }, status: 307, location: '/fr' },
  { name: 'language endpoint sending elsewhere', path: '/language?to=%2F%2Fevil.example%2Fde', status: 400 },
  { name: 'language endpoint with a full URL', path: '/language?to=https%3A%2F%2Fevil.example%2Fde', status: 400 },
  { name: 'language endpoint with a header injection', path: '/language?to=%2Fde%0D%0ASet-Cookie%3A%20x%3D1', status: 400 },
  { name: 'language endpoint without a target', path: '/language', status: 400 },
  { name: 'a search of 100 one-letter words', path: `/fr/recherche?q=${Array.from({ length: 100 }, (_, i) => String.fromCharCode(97 + (i % 26))).join('+')}`, status: 200 },
  { name: 'bad percent-encoding in a page path', path: '/fr/actualites/%E0%A4%A', status: 400 },
  { name: 'an internal route asked for directly', path: '/fr/internal/news/nvidia-openai-investissement-enlise', status: 404 },
];

for (const r of odd) {
  test(`${r.method ?? 'GET'} ${r.path.slice(0, 60)}: ${r.name} → ${r.status}`, async ({ baseURL }) => {
    const res = await rawRequest(baseURL!, r.path, r.method, r.headers);
    expect(res.status).toBe(r.status);
    if (r.location) expect(res.headers.location).toBe(r.location);
    expect(String(res.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    if (res.headers['set-cookie']) expect(String(res.headers['cache-control'])).toMatch(/private|no-store/);
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
