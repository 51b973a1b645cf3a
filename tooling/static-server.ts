// A plain static host for a built site, in this process: the e2e tests and the bench serve dist/ with it.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { requireDist } from './paths';

/** Content types by file ending; anything else is served as application/octet-stream. */
export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  // Pagefind's index files are compressed binary blobs.
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};

/**
 * Types a static host compresses (as `astro preview`, behind `npm start`, does with gzip). Images,
 * fonts and Pagefind's index files are compressed already.
 */
export const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json|xml|wasm)|image\/svg\+xml)/;

export function contentType(file: string): string {
  return MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface ServedRequest {
  method: string;
  /** Path and query as the client sent them, e.g. `/steps/sms-verification/?x=1`. */
  url: string;
  /** The status sent; 0 until the response is done. */
  status: number;
}

export interface StaticServer {
  /** `http://127.0.0.1:PORT` – no trailing slash. */
  origin: string;
  /** Absolute URL for a site path: `server.url('/steps/')`. */
  url(path?: string): string;
  /** Every request this server answered, in order. */
  readonly requests: readonly ServedRequest[];
  /** Forget the recorded requests (e.g. between tests). */
  clearRequests(): void;
  close(): Promise<void>;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

type Resolution =
  | { kind: 'file'; path: string }
  | { kind: 'redirect'; location: string }
  | { kind: 'not-found' };

/**
 * Maps a decoded URL path to what a static host would answer:
 * `/a/` → `a/index.html`; `/a` → the file `a`, or a 301 to `/a/` when `a/` is a folder with an
 * index.html; anything else is not found. Paths that climb out of `root` are not found.
 */
export async function resolveStaticPath(root: string, pathname: string): Promise<Resolution> {
  const target = resolve(root, '.' + pathname);
  if (target !== root && !target.startsWith(root + sep)) return { kind: 'not-found' };
  if (pathname.endsWith('/')) {
    const index = join(target, 'index.html');
    return (await isFile(index)) ? { kind: 'file', path: index } : { kind: 'not-found' };
  }
  if (await isFile(target)) return { kind: 'file', path: target };
  if ((await isDirectory(target)) && (await isFile(join(target, 'index.html')))) {
    return { kind: 'redirect', location: pathname + '/' };
  }
  return { kind: 'not-found' };
}

async function send(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  file: string,
): Promise<void> {
  const raw = await readFile(file);
  const type = contentType(file);
  // gzip when the client accepts it, like a real host: the bench's Lighthouse runs then download
  // what a phone would, not the files' raw size.
  const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const body = gzip ? gzipSync(raw) : raw;
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': body.length,
    'Cache-Control': 'no-cache',
    Vary: 'Accept-Encoding',
    ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

async function handle(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    res.writeHead(400).end();
    return;
  }
  const found = pathname.includes('\0') ? { kind: 'not-found' as const } : await resolveStaticPath(root, pathname);
  if (found.kind === 'file') return send(req, res, 200, found.path);
  if (found.kind === 'redirect') {
    res.writeHead(301, { Location: encodeURI(found.location) + url.search }).end();
    return;
  }
  const notFoundPage = join(root, '404.html');
  if (await isFile(notFoundPage)) return send(req, res, 404, notFoundPage);
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
}

/**
 * Serves the built site (default: dist/) on 127.0.0.1 at a free port, in this process.
 * Behaves like a plain static host: folders serve their index.html, a folder path without its
 * trailing slash is redirected (301) to the slashed one, and unknown paths get 404.html with 404.
 */
export async function startStaticServer(root: string = requireDist()): Promise<StaticServer> {
  const absoluteRoot = resolve(root);
  const requests: ServedRequest[] = [];
  const server = createServer((req, res) => {
    const record: ServedRequest = { method: req.method ?? 'GET', url: req.url ?? '/', status: 0 };
    requests.push(record);
    res.on('close', () => {
      record.status = res.statusCode;
    });
    handle(absoluteRoot, req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(String(error));
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path = '/') => new URL(path, origin + '/').href,
    requests,
    clearRequests: () => {
      requests.length = 0;
    },
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}
