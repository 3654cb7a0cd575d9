// The newsmark page: sends the text to the worker as you type and shows what comes back.
// All text from the article reaches the page either escaped by newsmark (the marked HTML) or
// through textContent; nothing is ever parsed as HTML from the article itself.

import { LAYERS, UNSURE, confidenceText } from './layers.js';
import { showMap } from './map.js';
import { MAX_LINK, claimsCsv, linkFor, textOfFragment } from './share.js';
import { showSummary } from './summary.js';

const $ = (selector) => document.querySelector(selector);
const article = $('#article');
const marked = $('#marked');
const status = $('#status');
const tooltip = $('#tooltip');

/**
 * The longest an analysis may take before the worker is stopped and the reader told: newsmark is
 * linear and analyses megabytes a second, so only an enormous paste or a stalled machine gets
 * here. `?deadline=MS` in the page's address sets another.
 */
const DEADLINE_MS = Number(new URLSearchParams(location.search).get('deadline')) || 20_000;

let worker = null;
let requested = 0;      // id of the latest request sent
let inFlight = false;   // a request is being analysed
let pending = null;     // text typed while busy: only the latest is analysed next
let current = null;     // { text, analysis, html } shown now
let debounce = 0;
let deadline = 0;       // timer that stops an analysis running too long

/** A worker for the analysis; a new one replaces a worker stopped at the deadline. */
function startWorker() {
  worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  worker.onmessage = answered;
}

function request(text) {
  if (inFlight) {
    pending = text;
    return;
  }
  inFlight = true;
  requested += 1;
  setStatus(text.length > 200_000 ? `Analysing ${(text.length / 1e6).toFixed(1)} MB…` : 'Analysing…', true);
  worker.postMessage({ id: requested, text });
  deadline = setTimeout(() => tooLong(text), DEADLINE_MS);
}

/** The analysis ran past the deadline: stop the worker, start a fresh one, say so. */
function tooLong(text) {
  worker.terminate();
  startWorker();
  inFlight = false;
  const size = text.length > 1e6 ? `${(text.length / 1e6).toFixed(1)} MB` : `${Math.round(text.length / 1e3)} KB`;
  setStatus(`Stopped: this text (${size}) took longer than ${DEADLINE_MS / 1000} s to analyse. Try a shorter part of it.`, false);
  if (pending !== null) {
    const next = pending;
    pending = null;
    request(next);
  }
}

function answered(event) {
  clearTimeout(deadline);
  inFlight = false;
  const { id, error, analysis, html, ms } = event.data;
  if (pending !== null) {
    const next = pending;
    pending = null;
    request(next);
    return;
  }
  if (error) {
    setStatus(`Error: ${error}`, false);
    return;
  }
  if (id === requested) {
    const { claims, entities } = analysis;
    const speakers = entities.filter((e) => e.speaker).length;
    const summary = `${claims.length} claim${claims.length === 1 ? '' : 's'}, ${speakers} speaker${speakers === 1 ? '' : 's'} · ${ms.toFixed(1)} ms`;
    show({ text: article.value, analysis, html }, () => setStatus(summary, false));
  }
}

startWorker();

function setStatus(message, busy) {
  status.textContent = message;
  document.body.classList.toggle('busy', busy);
  marked.setAttribute('aria-busy', busy ? 'true' : 'false');
}

article.addEventListener('input', () => {
  clearTimeout(debounce);
  debounce = setTimeout(() => request(article.value), 120);
});

// ---- rendering -------------------------------------------------------------------------

let rendering = 0; // generation of the rendering in progress: a newer result cancels an older one
let selectedSpeaker = null; // entity id whose claims are highlighted

/**
 * Shows a result: the marked text a chunk at a time (each chunk is well-formed HTML, escaped by
 * newsmark: see output/html.rs), yielding to the browser between slices of about 8 ms so that
 * typing never waits; `done` runs once every chunk is in.
 */
function show(result, done) {
  current = result;
  const generation = ++rendering;
  selectedSpeaker = null; // ids change with the text
  marked.classList.remove('has-selection');
  marked.replaceChildren();
  fillPanel(result.analysis);
  let next = 0;
  const slice = () => {
    if (generation !== rendering) return;
    const until = performance.now() + 8;
    while (next < result.html.length && performance.now() < until) {
      const chunk = document.createElement('div');
      chunk.className = 'chunk';
      chunk.innerHTML = result.html[next++];
      for (const claim of chunk.querySelectorAll('.nm-claim')) {
        claim.setAttribute('aria-label', claimLabel(result.analysis.claims[Number(claim.dataset.claim)]));
      }
      marked.append(chunk);
    }
    if (next < result.html.length) {
      setStatus(`Showing ${Math.round((100 * next) / result.html.length)}%…`, true);
      setTimeout(slice, 0);
    } else {
      done();
    }
  };
  slice();
}

function entityName(analysis, id) {
  return id === null || id === undefined ? 'unknown speaker' : analysis.entities[id].name;
}

function claimLabel(claim) {
  const analysis = current.analysis;
  const kind = claim.kind === 'direct' ? 'quote' : claim.kind === 'mixed' ? 'reported speech with quoted words' : 'reported speech';
  const cue = claim.cue ? ` (“${claim.cue.text}”)` : '';
  const unsure = claim.confidence < UNSURE ? ', unsure' : '';
  return `${kind} by ${entityName(analysis, claim.speaker)}${cue} · ${confidenceText(claim)}${unsure}`;
}

function item(list, build) {
  const li = document.createElement('li');
  build(li);
  list.append(li);
  return li;
}

function button(text, onClick, extra = {}) {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = text;
  b.addEventListener('click', onClick);
  Object.assign(b.dataset, extra);
  return b;
}

/** The longest each list of the panel gets; the JSON export has everything. */
const PANEL_LIMIT = 300;

function more(list, shown, total, what) {
  if (total > shown) item(list, (li) => { li.className = 'empty'; li.textContent = `… and ${total - shown} more ${what} (download the JSON for all)`; });
}

function fillPanel(analysis) {
  const speakers = $('#speakers');
  const places = $('#places');
  const claims = $('#claims');
  speakers.replaceChildren();
  places.replaceChildren();
  claims.replaceChildren();

  const counts = new Map();
  for (const c of analysis.claims) if (c.speaker !== null) counts.set(c.speaker, (counts.get(c.speaker) ?? 0) + 1);
  const speaking = [...counts.keys()].sort((a, b) => counts.get(b) - counts.get(a) || a - b);
  for (const id of speaking.slice(0, PANEL_LIMIT)) {
    const entity = analysis.entities[id];
    const count = counts.get(id);
    item(speakers, (li) => {
      const b = button(entity.name, () => selectSpeaker(id), { entity: String(id) });
      b.setAttribute('aria-pressed', 'false');
      li.append(b);
      const meta = document.createElement('span');
      meta.className = 'meta';
      const what = entity.kind === 'unnamed' ? 'unnamed source · ' : entity.kind === 'organization' ? 'organisation · ' : entity.kind === 'place' ? 'place · ' : '';
      meta.textContent = `${what}${entity.title ? `${entity.title} · ` : ''}${count} claim${count === 1 ? '' : 's'}`;
      li.append(meta);
    });
  }
  more(speakers, Math.min(speaking.length, PANEL_LIMIT), speaking.length, 'speakers');
  if (!speakers.children.length) item(speakers, (li) => { li.className = 'empty'; li.textContent = 'None found'; });

  showSummary($('#summary'), analysis.summary);
  const placeList = analysis.entities.filter((e) => e.kind === 'place');
  const offMap = new Set(showMap($('#map'), placeList.slice(0, PANEL_LIMIT), focusEntity));
  for (const entity of placeList.slice(0, PANEL_LIMIT)) {
    item(places, (li) => {
      li.textContent = entity.name;
      if (entity.place?.country) {
        const meta = document.createElement('span');
        meta.className = 'meta';
        meta.textContent = `${entity.place.kind}, ${entity.place.country}`;
        li.append(' ', meta);
      }
      if (offMap.has(entity)) {
        const note = document.createElement('span');
        note.className = 'off-map';
        note.textContent = ' (not on the map: no coordinates)';
        li.append(note);
      }
    });
  }
  more(places, Math.min(placeList.length, PANEL_LIMIT), placeList.length, 'places');
  if (!places.children.length) item(places, (li) => { li.className = 'empty'; li.textContent = 'None found'; });

  // In text order, or the surest first (the order menu above the list).
  const ordered = $('#claim-order').value === 'confidence'
    ? [...analysis.claims].sort((a, b) => b.confidence - a.confidence || a.id - b.id)
    : analysis.claims;
  for (const claim of ordered.slice(0, PANEL_LIMIT)) {
    item(claims, (li) => {
      const words = claim.content[0].text.split(/\s+/).slice(0, 8).join(' ');
      const b = button(`${entityName(analysis, claim.speaker)} — ${claim.cue ? claim.cue.text : '…'}: ${words}…`, () => goToClaim(claim.id), { claim: String(claim.id) });
      b.className = `claim-link ${claim.kind}${claim.confidence < UNSURE ? ' unsure' : ''}`;
      li.append(b);
      const meta = document.createElement('span');
      meta.className = 'meta';
      meta.textContent = confidenceText(claim);
      li.append(meta);
    });
  }
  more(claims, Math.min(analysis.claims.length, PANEL_LIMIT), analysis.claims.length, 'claims');
}

// ---- interaction -----------------------------------------------------------------------

function claimSpans(id) {
  return marked.querySelectorAll(`.nm-claim[data-claim="${id}"]`);
}

function goToClaim(id) {
  const first = claimSpans(id)[0];
  if (!first) return;
  first.scrollIntoView({ block: 'center', behavior: 'smooth' });
  first.focus({ preventScroll: true });
}

function selectSpeaker(id) {
  selectedSpeaker = selectedSpeaker === id ? null : id;
  for (const b of document.querySelectorAll('#speakers button')) {
    b.setAttribute('aria-pressed', String(Number(b.dataset.entity) === selectedSpeaker));
  }
  markSelected(marked);
  marked.classList.toggle('has-selection', selectedSpeaker !== null);
  const first = marked.querySelector('.nm-claim.selected');
  if (first) first.scrollIntoView({ block: 'center', behavior: 'smooth' });
}

/** The legend: a toggle per layer of `layers.js`, the names the embed's `layers` option uses. */
function buildLegend() {
  const legend = $('.legend');
  for (const { name, label, swatch } of LAYERS) {
    const toggle = document.createElement('button');
    toggle.type = 'button';
    toggle.className = 'layer on';
    toggle.dataset.layer = name;
    toggle.setAttribute('aria-pressed', 'true');
    const mark = document.createElement('span');
    mark.className = `swatch ${swatch}`;
    toggle.append(mark, label);
    legend.append(toggle);
  }
}
buildLegend();

for (const toggle of document.querySelectorAll('.legend .layer')) {
  toggle.addEventListener('click', () => {
    const on = toggle.getAttribute('aria-pressed') !== 'true';
    toggle.setAttribute('aria-pressed', String(on));
    toggle.classList.toggle('on', on);
    marked.classList.toggle(`hide-${toggle.dataset.layer}`, !on);
  });
}

function markSelected(root) {
  for (const span of root.querySelectorAll('.nm-claim')) {
    span.classList.toggle('selected', selectedSpeaker !== null && Number(span.dataset.speaker) === selectedSpeaker);
  }
}

// Keyboard: j / k move between claims, n / p between mentions.
document.addEventListener('keydown', (event) => {
  if (event.target === article || event.metaKey || event.ctrlKey || event.altKey) return;
  let items;
  let current;
  if (event.key === 'j' || event.key === 'k') {
    // The first piece of each claim.
    const seen = new Set();
    items = [...marked.querySelectorAll('.nm-claim')].filter((el) => !seen.has(el.dataset.claim) && seen.add(el.dataset.claim));
    current = document.activeElement?.closest?.('.nm-claim');
  } else if (event.key === 'n' || event.key === 'p') {
    items = [...marked.querySelectorAll('mark.nm-entity')];
    current = document.activeElement?.closest?.('mark.nm-entity');
  } else {
    return;
  }
  if (!items.length) return;
  const forward = event.key === 'j' || event.key === 'n';
  const at = items.findIndex((el) => el === current || (current && el.dataset.claim !== undefined && el.dataset.claim === current.dataset.claim));
  const next = forward ? Math.min(at + 1, items.length - 1) : Math.max(at - 1, 0);
  items[next].focus();
  items[next].scrollIntoView({ block: 'nearest' });
  event.preventDefault();
});

// Tooltip on hover and keyboard focus.
function describe(target) {
  const analysis = current?.analysis;
  if (!analysis) return null;
  const entityMark = target.closest('mark.nm-entity');
  if (entityMark) {
    const e = analysis.entities[Number(entityMark.dataset.entity)];
    return `${e.name}${e.title ? ` — ${e.title}` : ''} (${e.kind}${e.speaker ? ', speaker' : ''})`;
  }
  const claim = target.closest('.nm-claim');
  if (claim) return claimLabel(analysis.claims[Number(claim.dataset.claim)]);
  return null;
}

function showTooltip(event) {
  const text = describe(event.target);
  if (!text) {
    tooltip.hidden = true;
    return;
  }
  tooltip.textContent = text;
  tooltip.hidden = false;
  const box = event.target.getBoundingClientRect();
  tooltip.style.left = `${Math.max(8, Math.min(window.scrollX + box.left, window.scrollX + window.innerWidth - tooltip.offsetWidth - 8))}px`;
  tooltip.style.top = `${window.scrollY + box.bottom + 6}px`;
}
marked.addEventListener('mouseover', showTooltip);
marked.addEventListener('focusin', showTooltip);
marked.addEventListener('mouseleave', () => { tooltip.hidden = true; });
marked.addEventListener('focusout', () => { tooltip.hidden = true; });

/** Highlights (or not) the mentions of entity `id` in the marked text: a map dot's place. */
function focusEntity(id, on) {
  for (const mark of marked.querySelectorAll(`mark[data-entity="${id}"]`)) mark.classList.toggle('nm-focus', on);
}

// The claims' order in the panel.
$('#claim-order').addEventListener('change', () => {
  if (current) fillPanel(current.analysis);
});

// Export.
$('#export-json').addEventListener('click', () => {
  if (!current) return;
  const blob = new Blob([JSON.stringify(current.analysis, null, 2)], { type: 'application/json' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = 'newsmark.json';
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
});

$('#export-csv').addEventListener('click', () => {
  if (!current) return;
  const blob = new Blob([claimsCsv(current.analysis)], { type: 'text/csv' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = 'newsmark-claims.csv';
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
});

// A link that carries the text itself, compressed, after the # (never sent to a server).
$('#copy-link').addEventListener('click', async () => {
  const link = await linkFor(article.value);
  if (link.length > MAX_LINK) {
    setStatus(`This text is too long for a link (${Math.round(link.length / 1024)} KB once compressed; at most ${MAX_LINK / 1024} KB): download the JSON instead`, false);
    return;
  }
  history.replaceState(null, '', link);
  try {
    await navigator.clipboard.writeText(link);
    setStatus('Link copied: it holds the text itself, after the #, and no server sees it', false);
  } catch {
    setStatus('The link is in the address bar: copying was not allowed by the browser', false);
  }
});

$('#copy-html').addEventListener('click', async () => {
  if (!current) return;
  try {
    await navigator.clipboard.writeText(current.html.join(''));
    setStatus('Highlighted HTML copied', false);
  } catch {
    setStatus('Copying was not allowed by the browser', false);
  }
});

// Dropping a .txt file replaces the text.
document.addEventListener('dragover', (event) => event.preventDefault());
document.addEventListener('drop', async (event) => {
  const file = event.dataTransfer?.files?.[0];
  if (!file) return;
  event.preventDefault();
  article.value = await file.text();
  request(article.value);
});

async function loadSample() {
  const response = await fetch(new URL('./sample.txt', import.meta.url));
  article.value = await response.text();
  request(article.value);
}
$('#sample').addEventListener('click', loadSample);

/** Opens on the text of the link's fragment, if it carries one. */
async function loadFragment() {
  const text = await textOfFragment(location.hash);
  if (text === null) return false;
  article.value = text;
  request(text);
  return true;
}
window.addEventListener('hashchange', loadFragment);

if (!(await loadFragment())) {
  if (article.value.trim()) request(article.value);
  else loadSample();
}
