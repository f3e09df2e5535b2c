// The HTTP server: GraphQL at /graphql, the built web UI everywhere else (with SPA fallback).
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GraphqlApp } from '../graphql/yoga.ts';

export const CLIENT_DIST = resolve(fileURLToPath(new URL('../../../client/dist', import.meta.url)));

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

function staticFile(urlPath: string): string | null {
  const decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  const candidate = normalize(join(CLIENT_DIST, decoded));
  if (!candidate.startsWith(CLIENT_DIST + sep) && candidate !== CLIENT_DIST) return null;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return null;
}

export function createHttpServer(app: GraphqlApp): Server {
  return createServer((req, res) => {
    const url = req.url ?? '/';
    if (url.startsWith('/graphql')) {
      void app(req, res);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const index = join(CLIENT_DIST, 'index.html');
    if (!existsSync(index)) {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Giao diện chưa được build: chạy "npm run build" (GraphQL vẫn ở /graphql).');
      return;
    }
    const file = staticFile(url) ?? index;
    const immutable = file !== index && file.includes(`${sep}assets${sep}`);
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
}
