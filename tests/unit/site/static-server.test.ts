import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveFile, serveStatic, type StaticServer } from '../../e2e/helpers/static-server.ts';

let root = '';
let server: StaticServer;

/** GET a raw path (no URL normalisation, so traversal attempts reach the server as written). */
function get(path: string): Promise<{ status: number; type: string; body: string }> {
  const { hostname, port } = new URL(server.url);
  return new Promise((ok, fail) => {
    const req = request({ hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => ok({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }));
    });
    req.on('error', fail);
    req.end();
  });
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'crosscheck-static-'));
  writeFileSync(join(root, 'index.html'), '<h1>home</h1>');
  writeFileSync(join(root, '404.html'), '<h1>missing</h1>');
  mkdirSync(join(root, 'articles', 'a'), { recursive: true });
  writeFileSync(join(root, 'articles', 'a', 'index.html'), '<h1>a</h1>');
  mkdirSync(join(root, 'pagefind'));
  writeFileSync(join(root, 'pagefind', 'wasm.en.pagefind'), 'bin');
  writeFileSync(join(root, 'pagefind', 'x.js'), 'js');
  server = await serveStatic(root);
});

afterAll(async () => {
  await server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('static server for e2e', () => {
  it('serves index files for directory paths', async () => {
    expect(await get('/')).toMatchObject({ status: 200, body: '<h1>home</h1>' });
    expect(await get('/articles/a/')).toMatchObject({ status: 200, body: '<h1>a</h1>', type: 'text/html; charset=utf-8' });
    expect(await get('/articles/a')).toMatchObject({ status: 200, body: '<h1>a</h1>' });
    expect(await get('/articles/a/?q=x')).toMatchObject({ status: 200 });
  });

  it('sends content types for scripts and pagefind files', async () => {
    expect((await get('/pagefind/x.js')).type).toBe('text/javascript; charset=utf-8');
    expect((await get('/pagefind/wasm.en.pagefind')).type).toBe('application/octet-stream');
  });

  it('answers misses with 404.html and never leaves the root', async () => {
    expect(await get('/nope/')).toMatchObject({ status: 404, body: '<h1>missing</h1>' });
    expect((await get('/../../etc/passwd')).status).toBe(404);
    expect((await get('/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
    expect(await resolveFile(root, '/../../etc/passwd')).toBeNull();
  });
});
