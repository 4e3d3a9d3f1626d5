/**
 * Security headers for every response. The CSP is as strict as static prerendering
 * allows; each remaining allowance says why it is there.
 */
const csp = [
  "default-src 'self'",
  // 'unsafe-inline' for scripts: Next.js streams the React Server Components payload in
  // inline <script> tags. The strict alternative, a per-request nonce, would make every
  // page dynamic and give up prerendering and CDN caching. No 'unsafe-eval' anywhere.
  "script-src 'self' 'unsafe-inline'",
  // 'unsafe-inline' for styles: React and Next.js set a few inline style attributes (the
  // route announcer, hidden boundaries); all our own CSS is one external file.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const securityHeaders: { key: string; value: string }[] = [
  { key: 'Content-Security-Policy', value: csp },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  // Other sites learn the origin a reader came from, never the page (nor a search query).
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
];
