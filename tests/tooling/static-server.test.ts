import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSite } from '../helpers/fixture';
import { startStaticServer, type StaticServer } from '../../tooling/static-server';

const site = makeSite({
  'index.html': '<h1>home</h1>',
  'a/index.html': '<h1>a</h1>',
  '中文/index.html': '<h1>zh</h1>',
  '404.html': '<h1>not found</h1>',
  'app.js': 'export {}',
  'style.css': 'body{}',
  'data.json': '{}',
  'm.wasm': new Uint8Array([0, 97, 115, 109]),
  'icon.svg': '<svg/>',
  'pagefind/pagefind.pf_meta': 'x',
  'pagefind/index/zh_1.pf_index': 'x',
  'pagefind/fragment/zh_1.pf_fragment': 'x',
});
const outside = makeSite({ 'secret.txt': 'secret' });

let server: StaticServer;
beforeAll(async () => {
  server = await startStaticServer(site.root);
});
afterAll(async () => {
  await server.close();
  site.remove();
  outside.remove();
});

const get = (path: string, init: RequestInit = {}) => fetch(server.url(path), { redirect: 'manual', ...init });

/** A request whose path is sent exactly as written (fetch would normalise `..`). */
function rawGet(path: string): Promise<{ status: number; body: string }> {
  return new Promise((done, fail) => {
    const req = request(server.url('/'), { path }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('static server', () => {
  it('listens on 127.0.0.1 at a free port', () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.url('/a/')).toBe(`${server.origin}/a/`);
  });

  it('serves a folder’s index.html for a slashed path', async () => {
    const res = await get('/a/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toBe('<h1>a</h1>');
    expect(await (await get('/%E4%B8%AD%E6%96%87/')).text()).toBe('<h1>zh</h1>');
  });

  it('redirects a folder path without its slash, keeping the query', async () => {
    const res = await get('/a?x=1');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/a/?x=1');
  });

  it('answers unknown paths with 404.html and status 404', async () => {
    for (const path of ['/missing', '/missing/', '/app.js/', '/a/index.htm']) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(await res.text(), path).toBe('<h1>not found</h1>');
    }
  });

  it('never serves files outside its root', async () => {
    const name = outside.root.split('/').pop();
    const paths = [
      `/../${name}/secret.txt`,
      `/%2e%2e/${name}/secret.txt`,
      // Encoded slashes survive URL normalisation and only become `..` segments when decoded.
      `/%2F..%2F${name}%2Fsecret.txt`,
      `/..%5C${name}%5Csecret.txt`,
    ];
    for (const path of paths) {
      const res = await rawGet(path);
      expect(res.status, path).toBe(404);
      expect(res.body, path).not.toContain('secret');
    }
  });

  it.each([
    ['/app.js', 'text/javascript; charset=utf-8'],
    ['/style.css', 'text/css; charset=utf-8'],
    ['/data.json', 'application/json; charset=utf-8'],
    ['/m.wasm', 'application/wasm'],
    ['/icon.svg', 'image/svg+xml'],
    ['/pagefind/pagefind.pf_meta', 'application/octet-stream'],
    ['/pagefind/index/zh_1.pf_index', 'application/octet-stream'],
    ['/pagefind/fragment/zh_1.pf_fragment', 'application/octet-stream'],
  ])('serves %s as %s', async (path, type) => {
    const res = await get(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(type);
  });

  it('compresses text with gzip when the client accepts it, as a static host does, and nothing already compressed', async () => {
    const raw = (path: string, encoding: string) =>
      new Promise<{ encoding?: string; vary?: string; length: number }>((done, fail) => {
        const req = request(server.url(path), { headers: { 'Accept-Encoding': encoding } }, (res) => {
          let length = 0;
          res.on('data', (chunk: Buffer) => (length += chunk.length));
          res.on('end', () => done({ encoding: res.headers['content-encoding'], vary: res.headers.vary, length }));
        });
        req.on('error', fail);
        req.end();
      });
    for (const path of ['/a/', '/app.js', '/style.css', '/data.json', '/icon.svg', '/m.wasm']) {
      const gz = await raw(path, 'gzip, deflate, br');
      expect(gz.encoding, path).toBe('gzip');
      expect(gz.vary, path).toBe('Accept-Encoding');
      expect((await raw(path, 'identity')).encoding, path).toBeUndefined();
    }
    expect((await raw('/pagefind/pagefind.pf_meta', 'gzip')).encoding).toBeUndefined();
    // fetch decodes it: the body is the file.
    expect(await (await get('/a/', { headers: { 'Accept-Encoding': 'gzip' } })).text()).toBe('<h1>a</h1>');
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get('/', { method: 'POST' })).status).toBe(405);
  });

  it('records every request it answers', async () => {
    server.clearRequests();
    await get('/a');
    await get('/nope?q=1');
    expect(server.requests).toEqual([
      { method: 'GET', url: '/a', status: 301 },
      { method: 'GET', url: '/nope?q=1', status: 404 },
    ]);
  });
});
