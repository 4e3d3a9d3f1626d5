import { getContent } from '@/lib/content';
import { missResponse } from '@/lib/routing/miss-response';

// Every address that no rewrite matched ends here (see lib/routing/rewrites.ts).
export const dynamic = 'force-dynamic';

export function GET(request: Request): Response {
  return missResponse(getContent(), new URL(request.url));
}

export const HEAD = GET;
