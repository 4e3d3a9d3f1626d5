import fs from 'node:fs';
import { getContent } from '@/lib/content';
import { formatOf, mimeTypes } from '@/lib/content/image-size';
import { securityHeaders } from '@/lib/site/security-headers';

// The stories' pictures, read from their folders at build time. Only declared files have
// an address: any other is a 404 from app/internal/missing, and nothing is read or stored.
export const dynamic = 'force-static';
export const dynamicParams = false;

function declared() {
  return getContent().stories.flatMap((s) => (s.image ? [s.image, ...s.image.variants].map((v) => ({ story: s.id, file: v.url.split('/').at(-1)!, abs: v.abs })) : []));
}

export function generateStaticParams() {
  return declared().map(({ story, file }) => ({ story, file }));
}

export async function GET(_: Request, { params }: { params: Promise<{ story: string; file: string }> }) {
  const { story, file } = await params;
  const found = declared().find((d) => d.story === story && d.file === file);
  if (!found) return new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store' } });
  const format = formatOf(file)!;
  const headers: Record<string, string> = {
    'Content-Type': mimeTypes[format],
    // The address names the content (a hash): it never changes.
    'Cache-Control': 'public, max-age=31536000, immutable',
  };
  // An SVG opened on its own is a document: it may show itself, and do nothing else.
  if (format === 'svg') headers['Content-Security-Policy'] = "default-src 'none'; style-src 'unsafe-inline'; sandbox";
  else headers['Content-Security-Policy'] = securityHeaders.find((h) => h.key === 'Content-Security-Policy')!.value;
  return new Response(new Uint8Array(fs.readFileSync(found.abs)), { headers });
}
