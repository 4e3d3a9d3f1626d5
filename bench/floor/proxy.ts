import { NextResponse, type NextRequest } from 'next/server';

/** Like Octet's: the proxy runs only at `/`, to pick a language. */
export default function proxy(request: NextRequest) {
  const locale = request.headers.get('accept-language')?.startsWith('en') ? 'en' : 'fr';
  return NextResponse.redirect(new URL(`/${locale}`, request.url), 307);
}

export const config = { matcher: ['/'] };
