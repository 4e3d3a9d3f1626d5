import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import path from 'node:path';
import { contentFingerprint } from './lib/content/fingerprint';
import { defaultOrigin, parseOrigin } from './lib/site/origin';
import { securityHeaders } from './lib/site/security-headers';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const contentDir = process.env.CONTENT_DIR ? path.resolve(process.env.CONTENT_DIR) : path.join(process.cwd(), 'content');
const origin = parseOrigin(process.env.SITE_URL ?? defaultOrigin);
if (!origin) throw new Error(`SITE_URL must be an origin like https://octet.example (no path), not "${process.env.SITE_URL}"`);

const cacheFor = (seconds: number, stale: number) => [{ key: 'Cache-Control', value: `public, max-age=0, s-maxage=${seconds}, stale-while-revalidate=${stale}` }];

const nextConfig: NextConfig = {
  // `NEXT_OUTPUT=standalone npm run build` makes a self-contained server (see README).
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  // The scale benchmark builds synthetic archives next to the real build.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  // Read from disk at run time, so the standalone server must carry them.
  outputFileTracingIncludes: {
    '/**': ['./content/**/*', './node_modules/@fontsource/inter/files/inter-latin*-{400,800}-normal.woff'],
  },
  // The scale benchmark points at a throwaway tsconfig, which next build may rewrite.
  typescript: { tsconfigPath: process.env.NEXT_TSCONFIG ?? 'tsconfig.json' },
  poweredByHeader: false,
  reactStrictMode: true,
  // Behind a CDN that compresses, the origin need not: `OCTET_COMPRESS=off npm start`
  // (read at start). The benchmark measures both.
  compress: process.env.OCTET_COMPRESS !== 'off',
  // Fixed at build time, checked at start (instrumentation.ts): the public origin every
  // absolute URL is built from, and the content the rewrites and pages were built from.
  env: {
    OCTET_SITE_URL: origin,
    OCTET_CONTENT_FINGERPRINT: contentFingerprint(contentDir),
  },
  // No image is resized by the server: the optimizer would turn any of our images into
  // thirty cached variants on request. Pictures ship in the sizes they are used at.
  images: { unoptimized: true },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // Machine files change only with a deployment: a CDN may keep them a day.
      { source: '/robots.txt', headers: cacheFor(86400, 604800) },
      { source: '/sitemap.xml', headers: cacheFor(86400, 604800) },
    ];
  },
  // Every real page's public address, from the route table and the content: Next's router
  // serves pages with no proxy in the way, and sends every other address to
  // app/internal/missing (308, 404 or 400, nothing rendered or stored).
  async rewrites() {
    // Next transpiles this file without the `@/` import paths the app uses, so the route
    // table is loaded through tsx, as the scripts load it. Only `next build` (and `next
    // dev`) call this; `next start` reads the result from the build's routes manifest.
    const { require: load } = await import('tsx/cjs/api');
    const from = path.join(process.cwd(), 'next.config.ts');
    const { getContent } = load('./lib/content/index.ts', from) as typeof import('./lib/content');
    const { buildRewrites } = load('./lib/routing/rewrites.ts', from) as typeof import('./lib/routing/rewrites');
    return buildRewrites(getContent());
  },
  experimental: {
    // Unknown locales never reach a layout: they get the global 404 (app/global-not-found.tsx).
    globalNotFound: true,
    // `/FR/actualites/x` must not match the rule for `/fr/actualites/x`: it is a typo that
    // gets a 308 from app/internal/missing, not a second address of the page.
    caseSensitiveRoutes: true,
  },
};

export default withNextIntl(nextConfig);
