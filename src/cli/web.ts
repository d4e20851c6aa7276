/**
 * `vo-lines web`: serves the narrator's page (dist/web/, built by scripts/build-web.mjs) on the
 * loopback address, prints its URL as the first line on stdout and opens the default browser.
 * A static server and nothing more: it serves the page's own files (GET and HEAD only), receives
 * nothing, answers only to the loopback names (no DNS rebinding), and sends the same
 * Content-Security-Policy the page carries as a meta tag. The scripts a narrator drops are read in
 * her browser and never come here.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { isIP } from 'node:net';
import { basename, dirname, extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError, usageError } from '../errors.js';
import { print } from './options.js';

/** Everything the page may load comes from its own origin; nothing may be sent elsewhere. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; worker-src 'self'; connect-src 'self'; img-src 'self'; style-src 'self'; font-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.bcmap': 'application/octet-stream',
  '.pfb': 'application/octet-stream',
  '.ttf': 'font/ttf',
  '': 'text/plain; charset=utf-8',
};

interface WebOptions {
  port: number;
  host: string;
  open: boolean;
}

function port(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n > 65535) throw usageError(`--port "${value}" is not a port number: give one from 0 to 65535 (0: any free port).`, { kind: 'invalid-value', option: '--port', value });
  return n;
}

/** Loopback only: 127.0.0.0/8, ::1 or localhost. */
function loopback(value: string): string {
  const host = value.trim().replace(/^\[(.*)\]$/, '$1').toLowerCase();
  const ok = host === 'localhost' || host === '::1' || (isIP(host) === 4 && host.startsWith('127.'));
  if (!ok) throw usageError(`--host "${value}" is not a loopback address: the page is served on this computer only (127.0.0.1, ::1 or localhost).`, { kind: 'invalid-value', option: '--host', value });
  return host;
}

/** The page's files, by URL path: nothing outside the built folder can be asked for. */
function pageFiles(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) files.set(`/${relative(root, path).split(sep).join('/')}`, path);
    }
  };
  walk(root);
  files.set('/', join(root, 'index.html'));
  return files;
}

function send(response: ServerResponse, status: number, body: string | Buffer, type: string, head = false): void {
  response.writeHead(status, {
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-cache',
    // How a second `vo-lines web` knows the page is already served on this port.
    'X-Vo-Lines': 'page',
  });
  response.end(head ? undefined : body);
}

/** Opens the URL in the default browser; where none can be started, the printed URL is enough. */
function openBrowser(url: string): void {
  const [command, args] =
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : ['xdg-open', [url]];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true, windowsHide: true });
    child.on('error', () => process.stderr.write(`vo-lines: could not open a browser: open ${url} yourself.\n`));
    child.unref();
  } catch {
    process.stderr.write(`vo-lines: could not open a browser: open ${url} yourself.\n`);
  }
}

/**
 * The built page: dist/web/ of the vo-lines package this module belongs to, found by walking up to
 * the package's package.json (so it holds wherever a bundler puts this module's code in dist/).
 */
function pageFolder(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'vo-lines') return join(dir, 'dist', 'web');
      } catch {
        // Not the package's manifest: keep looking.
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return fileURLToPath(new URL('../web/', import.meta.url));
    dir = parent;
  }
}

/** `root`: the page's folder (dist/web/ of the package, found from here; another for a test). */
export async function serve(options: WebOptions, root = pageFolder()): Promise<{ url: string; close: () => Promise<void> }> {
  if (!existsSync(join(root, 'index.html')) || !statSync(join(root, 'index.html')).isFile()) {
    throw new UserError('the page is not built (dist/web/ is missing): run npm run build in the vo-lines folder.', 'not-built', { folder: root });
  }
  const files = pageFiles(root);
  let allowedHosts = new Set<string>();
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const method = request.method ?? 'GET';
    // Only the names this server is reached by on this computer (a page elsewhere cannot rebind a name to it).
    if (!allowedHosts.has((request.headers.host ?? '').toLowerCase())) return send(response, 421, 'Misdirected request\n', TYPES['']!);
    if (method !== 'GET' && method !== 'HEAD') {
      response.setHeader('Allow', 'GET, HEAD');
      request.resume();
      return send(response, 405, 'This server only serves the vo-lines page: it receives nothing.\n', TYPES['']!);
    }
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      return send(response, 400, 'Bad request\n', TYPES['']!);
    }
    const file = files.get(path);
    if (!file) return send(response, 404, 'Not found\n', TYPES['']!, method === 'HEAD');
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      // The page's files went missing after the start (vo-lines reinstalled or rebuilt meanwhile): said, and the server stays up.
      return send(response, 503, `The page's file ${basename(file)} is missing (vo-lines was reinstalled or rebuilt while this server ran): stop vo-lines web and start it again.\n`, TYPES['']!, method === 'HEAD');
    }
    send(response, 200, bytes, TYPES[extname(file)] ?? 'application/octet-stream', method === 'HEAD');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new UserError(`port ${options.port} is already in use: pass another with --port, or --port 0 for any free port.`, 'port-in-use', { port: options.port })
          : usageError(`cannot serve the page on ${options.host}:${options.port} (${error.code ?? error.message}).`, { kind: 'cannot-serve', option: '--host', host: options.host, port: options.port, error: error.code ?? error.message }),
      ),
    );
    server.listen(options.port, options.host, resolve);
  });
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : options.port;
  const shown = options.host.includes(':') ? `[${options.host}]` : options.host;
  allowedHosts = new Set([`${shown}:${actual}`, `localhost:${actual}`, `127.0.0.1:${actual}`, `[::1]:${actual}`].map((h) => h.toLowerCase()));
  const url = `http://${shown}:${actual}/`;
  return {
    url,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // A browser keeps its connections open: end them, or closing waits for it.
        server.closeAllConnections();
      }),
  };
}

/** The command: serve until Ctrl+C (or SIGTERM), the URL first on stdout. */
/** Whether the vo-lines page already answers at this URL (a `vo-lines web` started earlier). */
async function servedAlready(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(2000) });
    return response.headers.get('x-vo-lines') === 'page';
  } catch {
    return false;
  }
}

/** The command: serve until Ctrl+C (or SIGTERM), the URL first on stdout. */
export async function runWeb(options: { port: string; host: string; open: boolean }): Promise<void> {
  const settings = { port: port(options.port), host: loopback(options.host), open: options.open };
  let served: Awaited<ReturnType<typeof serve>>;
  try {
    served = await serve(settings);
  } catch (error) {
    // Started twice (a second double-click): the page is already there, so open it again.
    const shown = settings.host.includes(':') ? `[${settings.host}]` : settings.host;
    const url = `http://${shown}:${settings.port}/`;
    if (!(error instanceof UserError && error.code === 'port-in-use' && (await servedAlready(url)))) throw error;
    print(`${url}\n`);
    print('The vo-lines page is already served on this computer by another vo-lines web: opening it.\n');
    if (settings.open) openBrowser(url);
    return;
  }
  const { url, close } = served;
  print(`${url}\n`);
  print('The vo-lines page is served on this computer only: the scripts you drop are read in your browser and never sent anywhere. Press Ctrl+C to stop.\n');
  if (settings.open) openBrowser(url);
  await new Promise<void>((resolve) => {
    const stop = () => void close().then(resolve);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
