import http from 'node:http';
import { securityHeaders } from './security-headers';

/**
 * The site has nothing to POST, PUT or DELETE to: every address answers GET and HEAD, and
 * anything else gets a 405 with the security headers, before Next.js sees the request.
 * Next.js itself answers such methods inconsistently (a prerendered page serves a POST as
 * a GET; a route handler fails with a 500 on TRACE, which the fetch API cannot represent),
 * and offers no hook, so the guard sits on the server's request event. The README's CDN
 * rule does the same at the edge.
 */
export const allowedMethods = ['GET', 'HEAD'];

export function guardMethods() {
  const proto = http.Server.prototype as http.Server & { __octetGuarded?: boolean };
  if (proto.__octetGuarded) return;
  proto.__octetGuarded = true;
  const emit = proto.emit;
  proto.emit = function (this: http.Server, event: string, ...args: unknown[]) {
    if (event === 'request') {
      const [req, res] = args as [http.IncomingMessage, http.ServerResponse];
      if (!allowedMethods.includes(req.method ?? '')) {
        res.writeHead(405, {
          Allow: allowedMethods.join(', '),
          'Content-Type': 'text/plain; charset=utf-8',
          'Cache-Control': 'no-store',
          ...Object.fromEntries(securityHeaders.map((h) => [h.key, h.value])),
        });
        res.end('Method Not Allowed');
        return true;
      }
    }
    return (emit as (this: http.Server, event: string, ...rest: unknown[]) => boolean).call(this, event, ...args);
  } as typeof proto.emit;
}
