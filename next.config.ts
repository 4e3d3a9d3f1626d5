import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import path from 'node:path';
import { securityHeaders } from './lib/site/security-headers';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

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
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
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
