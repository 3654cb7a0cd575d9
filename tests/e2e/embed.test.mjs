// The embed in a static page: marks in place, markup and text untouched, idempotent, undoable.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { open, screenshots, useBrowser } from './harness.mjs';

const env = useBrowser();

/** The article as the HTML file has it, before any script ran: text, links, markup. */
async function original(page) {
  return page.evaluate(async () => {
    const html = await (await fetch(location.href)).text();
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const story = doc.getElementById('story');
    return {
      text: story.textContent,
      html: story.innerHTML,
      links: [...story.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent]),
      emphasis: [...story.querySelectorAll('em, strong')].map((e) => e.textContent),
    };
  });
}

async function highlighted() {
  const opened = await open(env.browser, env.origin, '/examples/article.html', { viewport: { width: 1000, height: 1100 } });
  await opened.page.waitForSelector('#story[data-newsmark-state="done"]');
  return opened;
}

test('highlighting keeps text, links and emphasis, and marks the right words', async () => {
  const { page, problems, context } = await highlighted();
  const before = await original(page);
  const story = page.locator('#story');
  assert.equal(await story.evaluate((s) => s.textContent), before.text, 'textContent unchanged');
  const links = await page.$$eval('#story a', (as) => as.map((a) => [a.getAttribute('href'), a.textContent]));
  assert.deepEqual(links, before.links, 'links point where they did, around the same words');
  assert.deepEqual(await page.$$eval('#story em, #story strong', (es) => es.map((e) => e.textContent)), before.emphasis);
  // A name inside a link is marked inside the link.
  assert.equal(await page.textContent('#story a[href$="ilse-marnow"] mark.nm-speaker'), 'Ilse Marnow');
  assert.equal(await page.textContent('#story a[href$="geneva"] mark.nm-place'), 'Geneva');
  const speakers = await page.$$eval('#story mark.nm-speaker', (ms) => ms.map((m) => m.textContent));
  for (const name of ['Ilse Marnow', 'Marnow', 'Tomas Reyn', 'Reyn']) assert.ok(speakers.includes(name), `${name} in ${speakers}`);
  // The quote of the second paragraph belongs to Ilse Marnow, across its <em>.
  const quote = await page.$$eval('#story .nm-direct', (spans) => spans.map((s) => [s.dataset.claim, s.title, s.textContent]));
  const marnow = quote.filter(([, title]) => title.startsWith('Ilse Marnow')).map(([, , t]) => t).join('');
  assert.ok(marnow.includes('We are still ready to sign'), marnow);
  assert.ok(await page.locator('#story em mark, #story em span.nm-claim, #story .nm-claim em').count() >= 1, 'marks nest with emphasis');
  await page.screenshot({ path: path.join(screenshots, 'embed.png') });
  assert.deepEqual(problems, []);
  await context.close();
});

test('highlighting twice changes nothing, and unhighlighting restores the markup', async () => {
  const { page, problems, context } = await highlighted();
  const before = await original(page);
  const once = await page.innerHTML('#story');
  const [twice, undone] = await page.evaluate(async () => {
    const { highlight, unhighlight } = await import('/embed.js');
    const story = document.getElementById('story');
    await highlight(story);
    const twice = story.innerHTML;
    unhighlight(story);
    return [twice, story.innerHTML];
  });
  assert.equal(twice, once);
  assert.equal(undone, before.html);
  // The example's button highlights again, and takes the highlights away.
  await page.click('#toggle');
  await page.waitForSelector('#story[data-newsmark-state="done"]');
  assert.equal(await page.innerHTML('#story'), once);
  await page.click('#toggle');
  assert.equal(await page.innerHTML('#story'), before.html);
  assert.deepEqual(problems, []);
  await context.close();
});

/** Highlights a new element `#fresh` at the end of the page, made of `text` (as text) or of `html`. */
async function highlightNew(page, { text, html }) {
  await page.evaluate(async ({ text, html }) => {
    const { highlight } = await import('/embed.js');
    const div = document.createElement('div');
    div.id = 'fresh';
    if (html === undefined) div.textContent = text;
    else div.innerHTML = html;
    document.body.append(div);
    await highlight(div);
  }, { text, html });
}

test('the embed treats hostile text as text', async () => {
  const { page, problems, context } = await highlighted();
  const text = '<img src=x onerror=alert(1)> “We are ready,” Mark Rutte said. <script>alert(2)</script>';
  await highlightNew(page, { text });
  const result = await page.$eval('#fresh', (div) => ({
    text: div.textContent,
    img: div.querySelectorAll('img, script').length,
    marks: div.querySelectorAll('mark').length,
  }));
  assert.deepEqual(result, { text, img: 0, marks: 1 });
  assert.deepEqual(problems, []);
  await context.close();
});

test('a place inside an organisation\'s name is marked inside its mark', async () => {
  const { page, problems, context } = await highlighted();
  await highlightNew(page, { text: 'She studied at the University of Kansas.' });
  const result = await page.$eval('#fresh', (div) => {
    const place = div.querySelector('mark.nm-place');
    return {
      text: div.textContent,
      place: place?.textContent,
      inOrg: place?.parentElement?.matches('mark.nm-org') ?? false,
      org: [...div.querySelectorAll('mark.nm-org')].map((m) => m.textContent).join(''),
    };
  });
  assert.deepEqual(result, {
    text: 'She studied at the University of Kansas.',
    place: 'Kansas',
    inOrg: true,
    org: 'University of Kansas',
  });
  assert.deepEqual(problems, []);
  await context.close();
});

test('each block is a paragraph of its own, even where the next goes on in lower case', async () => {
  const { page, problems, context } = await highlighted();
  await highlightNew(page, { html: '<p>Senator Ann Lee said the plan was dead</p><p>and other news of the week followed.</p>' });
  const result = await page.$$eval('#fresh p', (ps) =>
    ps.map((p) => [...p.querySelectorAll('.nm-reported')].map((s) => s.textContent).join('')));
  assert.deepEqual(result, ['the plan was dead', '']);
  assert.deepEqual(problems, []);
  await context.close();
});

test('importing embed.js marks nothing; the layers option marks only the layers it names', async () => {
  const { page, problems, context } = await highlighted();
  const result = await page.evaluate(async () => {
    const div = document.createElement('div');
    div.dataset.newsmark = '';
    div.textContent = '“We are ready,” Mark Rutte said in Kyiv. He added that talks had failed.';
    document.body.append(div);
    const embed = await import('/embed.js?again');
    const untouched = div.querySelectorAll('mark, span').length;
    await embed.highlight(div, { layers: ['quotes', 'places'] });
    return {
      untouched,
      layers: embed.LAYERS,
      quotes: div.querySelectorAll('.nm-direct').length,
      reported: div.querySelectorAll('.nm-reported').length,
      places: div.querySelectorAll('mark.nm-place').length,
      people: div.querySelectorAll('mark.nm-person').length,
    };
  });
  assert.deepEqual(result, {
    untouched: 0,
    layers: ['speakers', 'people', 'places', 'orgs', 'unnamed', 'quotes', 'reported'],
    quotes: 1,
    reported: 0,
    places: 1,
    people: 0,
  });
  // The page's legend offers the same layers.
  const page2 = await context.newPage();
  await page2.goto(`${env.origin}/`);
  const legend = await page2.$$eval('.legend .layer', (bs) => bs.map((b) => b.dataset.layer));
  assert.deepEqual(legend, result.layers);
  assert.deepEqual(problems, []);
  await context.close();
});
