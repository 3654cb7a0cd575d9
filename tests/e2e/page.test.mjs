// The page end to end in headless Chromium: the sample article, the seed article, hostile input.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { artifacts, launch, open, root, serve } from './harness.mjs';

const seed = JSON.parse(readFileSync(path.join(root, 'tests/fixtures/seed-nato-rutte-davos.json'), 'utf8')).text;
let server;
let browser;

before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

/** Replaces the article text and waits for the marks of that text. */
async function setText(page, text) {
  await page.fill('#article', text);
  await page.waitForFunction((t) => document.querySelector('#marked').textContent === t && !document.body.classList.contains('busy'), text);
}

test('the page opens on the sample article, marked', async () => {
  const { page, problems, context } = await open(browser, server.origin, '/');
  await page.waitForSelector('#marked .nm-claim');
  const sample = readFileSync(path.join(root, 'www/sample.txt'), 'utf8');
  assert.equal(await page.inputValue('#article'), sample);
  assert.equal(await page.textContent('#marked'), sample);
  assert.ok(await page.locator('#marked mark.nm-speaker').count() > 3);
  assert.ok(await page.locator('#marked mark.nm-place').count() > 3);
  assert.ok(await page.locator('#speakers li').count() >= 4);
  await page.screenshot({ path: path.join(artifacts, 'page.png'), fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});

test('the seed article: three quotes by Mark Rutte, places marked, text intact', async () => {
  const { page, problems, context } = await open(browser, server.origin, '/');
  await page.waitForSelector('#marked .nm-claim');
  await setText(page, seed);
  const direct = await page.$$eval('#marked .nm-direct', (els) => [...new Set(els.map((e) => e.dataset.claim))]);
  assert.equal(direct.length, 3);
  const speakers = await page.$$eval('#marked .nm-direct', (els) => [...new Set(els.map((e) => e.dataset.speaker))]);
  assert.equal(speakers.length, 1);
  const rutte = await page.$eval(`#marked mark.nm-entity[data-entity="${speakers[0]}"]`, (m) => m.getAttribute('title'));
  assert.match(rutte, /^Mark Rutte/);
  const places = await page.$$eval('#marked mark.nm-place', (els) => els.map((e) => e.textContent));
  for (const place of ['Ukraine', 'Moscow', 'Davos', 'Minsk', 'Ukrainian House']) assert.ok(places.includes(place), `${place} in ${places}`);
  assert.equal(await page.textContent('#marked'), seed, 'every character once');
  // Hovering a claim shows its speaker.
  await page.hover('#marked .nm-direct');
  assert.match(await page.textContent('#tooltip'), /Mark Rutte/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('pasted HTML stays text and runs nothing', async () => {
  const { page, problems, context } = await open(browser, server.origin, '/');
  await page.waitForSelector('#marked .nm-claim');
  const hostile = '<img src=x onerror=alert(1)> </textarea><script>alert(2)</script> <a href="javascript:alert(3)">link</a>\n“We are ready,” Mark Rutte said.';
  await setText(page, hostile);
  assert.equal(await page.textContent('#marked'), hostile);
  for (const tag of ['img', 'script', 'a', 'textarea']) {
    assert.equal(await page.locator(`#marked ${tag}`).count(), 0, `no <${tag}>`);
  }
  await page.waitForTimeout(200);
  assert.deepEqual(problems, [], 'no dialog, no error');
  await context.close();
});
