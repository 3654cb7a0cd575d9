// Shared set-up for the end-to-end tests: a static server for www/ on 127.0.0.1 and Debian's
// headless Chromium driven by playwright-core (no browser download).
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const artifacts = path.join(root, 'tests/e2e/artifacts');
mkdirSync(artifacts, { recursive: true });

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Serves `dir` with python3's http.server (which serves .wasm as application/wasm). */
export async function serve(dir = path.join(root, 'www')) {
  const port = await freePort();
  const child = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', dir], { stdio: 'ignore' });
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i += 1) {
    try {
      const response = await fetch(`${origin}/`);
      if (response.ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return { origin, close: () => child.kill() };
}

/** Launches headless Chromium (playwright gives it a fresh temporary profile) with the flags this closed network needs. */
export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * Opens a page that records console errors, page errors, CSP violations, dialogs and every
 * request that leaves `origin`.
 */
export async function open(browser, origin, url, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => { if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`console ${msg.type()}: ${msg.text()}`); });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('dialog', async (dialog) => { problems.push(`dialog: ${dialog.message()}`); await dialog.dismiss(); });
  page.on('request', (request) => {
    const u = request.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) problems.push(`request to another origin: ${u}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${origin}${url}`);
  return { page, problems, context };
}

/** Where screenshots go: `tests/e2e/artifacts/`, or the folder named by SCREENSHOTS. */
export const screenshots = process.env.SCREENSHOTS ? path.resolve(root, process.env.SCREENSHOTS) : artifacts;

/**
 * Starts the server and the browser before the tests of a file and stops them after; the
 * returned object holds them (`origin`, `browser`) once started.
 */
export function useBrowser() {
  const state = {};
  before(async () => {
    state.server = await serve();
    state.origin = state.server.origin;
    state.browser = await launch();
  });
  after(async () => {
    await state.browser?.close();
    state.server?.close();
  });
  return state;
}
