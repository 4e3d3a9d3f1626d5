import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const nextConfig: NextConfig = {
  poweredByHeader: false,
  distDir: process.env.FLOOR_DIST_DIR ?? '.next',
  compress: process.env.OCTET_COMPRESS !== 'off',
};

export default withNextIntl(nextConfig);
