import { languageSwitch } from '@/lib/routing/language-switch';
import { siteUrl } from '@/lib/site/config';

// Per reader, never cached (see lib/routing/language-switch.ts).
export const dynamic = 'force-dynamic';

export function GET(request: Request): Response {
  return languageSwitch(new URL(request.url), siteUrl.startsWith('https:'));
}

export const HEAD = GET;
