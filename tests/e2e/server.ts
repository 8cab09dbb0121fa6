// A tiny static server on 127.0.0.1 for end-to-end tests, benchmarks and the demo.
// /fixtures/* serves tests/fixtures (with the repository's real pages in /fixtures/pages/),
// /corpus/* serves ../shared/corpus/pages when it is there (never the internet).
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { CORPUS_DIR } from '../conformance/shared';

const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURES_DIR = join(ROOT, 'tests/fixtures');
export { CORPUS_DIR };

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface StaticServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

function resolveFile(urlPath: string): string | undefined {
  const path = decodeURIComponent(urlPath.split('?')[0]);
  const mounts: [string, string][] = [
    ['/fixtures/', FIXTURES_DIR],
    ['/corpus/', CORPUS_DIR],
  ];
  for (const [prefix, dir] of mounts) {
    if (!path.startsWith(prefix)) continue;
    const file = normalize(join(dir, path.slice(prefix.length)));
    // Refuse anything that escapes the mounted folder.
    if (!file.startsWith(dir)) return undefined;
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return undefined;
}

export async function startServer(port = 0): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const file = resolveFile(req.url ?? '/');
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const origin = `http://127.0.0.1:${actualPort}`;
  return {
    origin,
    url: (path) => `${origin}${path.startsWith('/') ? path : `/${path}`}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
