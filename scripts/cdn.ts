/**
 * A caching reverse proxy in front of the site, as a CDN would stand: nginx with
 * `proxy_cache`, obeying only the app's own headers (no `proxy_ignore_headers`, no
 * `proxy_cache_valid`), and the one rule the README asks of a CDN (GET and HEAD only).
 * The end-to-end tests run through it (playwright.config.ts, project "cdn").
 *
 *   tsx scripts/cdn.ts <listen port> <origin port>
 *
 * Runs in the foreground until stopped; its files live in a temporary folder.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findNginx } from './tools';

const [listen, origin] = process.argv.slice(2).map(Number);
if (!listen || !origin) {
  console.error('usage: tsx scripts/cdn.ts <listen port> <origin port>');
  process.exit(2);
}

const nginx = findNginx();
if (!nginx) {
  console.error('nginx is not installed: run `npm run test:setup` (or apt-get install -y nginx) and try again.');
  process.exit(1);
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'octet-cdn-'));
// nginx's workers may run as another user: they need to write the cache.
fs.chmodSync(dir, 0o777);

const config = `
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 512; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  proxy_cache_path ${dir}/cache levels=1:2 keys_zone=octet:10m max_size=500m inactive=1h use_temp_path=off;

  upstream origin {
    server 127.0.0.1:${origin};
    keepalive 16;
  }

  server {
    listen 127.0.0.1:${listen};
    listen [::1]:${listen};

    # The CDN rule: only GET and HEAD reach the origin.
    if ($request_method !~ ^(GET|HEAD)$) { return 405; }

    location / {
      proxy_pass http://origin;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_cache octet;
      proxy_cache_key $scheme$host$request_uri;
      proxy_cache_lock on;
      proxy_cache_use_stale updating error timeout;
      proxy_cache_background_update on;
      add_header X-Cache $upstream_cache_status always;
    }
  }
}
`;

fs.writeFileSync(path.join(dir, 'nginx.conf'), config);
const child = spawn(nginx, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'inherit' });
const stop = () => child.kill('SIGQUIT');
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
child.on('exit', (code) => {
  fs.rmSync(dir, { recursive: true, force: true });
  process.exit(code ?? 0);
});
