import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { securityHeaders } from './lib/security-headers';

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
  experimental: {
    // Unknown locales never reach a layout: they get the global 404 (app/global-not-found.tsx).
    globalNotFound: true,
  },
};

export default withNextIntl(nextConfig);
