// newsmark side by side with compromise, the JavaScript NLP library people use in the browser,
// on the shared corpus: people and places (exact and overlap spans), claims, time per article
// and size. The scoring is the one of ../shared/corpus/FORMAT.md, written again here so that
// every system goes through the same code; newsmark's figures are checked against `newsmark
// eval`'s on the same folders, and the script fails if they differ.
//
// Usage: node scripts/bench-peers.mjs [corpus dir]   (run by `make bench-peers`, which installs
// the peers from npm at pinned versions into target/peers/).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpusRoot = path.resolve(process.argv[2] ?? path.join(root, '../shared/corpus'));
const peers = createRequire(path.join(root, 'target/peers/package.json'));
const compromiseDir = path.join(root, 'target/peers/node_modules/compromise');

const newsmark = await import(path.join(root, 'pkg/newsmark.js'));
const wasmBytes = readFileSync(path.join(root, 'pkg/newsmark_bg.wasm'));
newsmark.initSync({ module: wasmBytes });
const nlp = (await import(peers.resolve('compromise'))).default;
const compromiseVersion = JSON.parse(readFileSync(path.join(compromiseDir, 'package.json'), 'utf8')).version;

// ---- the corpus, in UTF-16 offsets ------------------------------------------------------------

/** Maps code-point offsets (the corpus's) to UTF-16 offsets (JavaScript's). */
function utf16Offsets(text) {
  const at = [0];
  for (const ch of text) at.push(at[at.length - 1] + ch.length);
  return at;
}

function load(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => {
    const doc = JSON.parse(readFileSync(path.join(dir, f), 'utf8'));
    const at = utf16Offsets(doc.text);
    const pair = ([s, e]) => [at[s], at[e]];
    return {
      text: doc.text,
      layers: new Set(doc.layers),
      places: (doc.places ?? []).map(pair),
      people: (doc.people ?? []).flatMap((p) => p.mentions.map(pair)),
      claims: (doc.claims ?? []).map((c) => ({ speech: c.speech, content: c.content.map(pair) })),
    };
  });
}

// ---- the systems: each gives places, people and claim contents --------------------------------

const systems = {
  newsmark(text) {
    const a = newsmark.analyze(text);
    const mentions = (kind) => a.entities.filter((e) => e.kind === kind).flatMap((e) => e.mentions.map((m) => [m.start, m.end]));
    return {
      places: mentions('place'),
      people: mentions('person'),
      claims: a.claims.map((c) => c.content.map((p) => [p.start, p.end])),
    };
  },
  compromise(text) {
    const doc = nlp(text);
    // Term offsets leave out the punctuation and spaces around each word.
    const spans = (view) => view.json({ offset: true, terms: { offset: true } }).map((m) => {
      const first = m.terms[0].offset;
      const last = m.terms[m.terms.length - 1].offset;
      return [first.start, last.start + last.length];
    });
    return {
      places: spans(doc.places()),
      people: spans(doc.people()),
      // compromise finds quotations, not who said them nor reported speech.
      claims: doc.quotations().json({ offset: true }).map((m) => [[m.offset.start, m.offset.start + m.offset.length]]),
    };
  },
};

// ---- scoring (FORMAT.md) ------------------------------------------------------------------------

const overlap = (a, b) => Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
const overlapSets = (a, b) => a.reduce((n, x) => n + b.reduce((m, y) => m + overlap(x, y), 0), 0);
const length = (a) => a.reduce((n, p) => n + p[1] - p[0], 0);

/** Greedy one-to-one matching of scored (score, predicted, gold) pairs, best first. */
function greedy(pairs) {
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedP = new Set();
  const usedG = new Set();
  const matched = [];
  for (const [, p, g] of pairs) {
    if (usedP.has(p) || usedG.has(g)) continue;
    usedP.add(p);
    usedG.add(g);
    matched.push([p, g]);
  }
  return matched;
}

function spanCounts(predicted, gold) {
  const goldKeys = new Set(gold.map(String));
  const hit = new Set();
  for (const p of predicted) if (goldKeys.has(String(p))) hit.add(String(p));
  const pairs = [];
  predicted.forEach((p, i) => gold.forEach((g, j) => {
    const o = overlap(p, g);
    if (o > 0) pairs.push([o, i, j]);
  }));
  const n = { predicted: predicted.length, gold: gold.length };
  return { exact: { ...n, tp: hit.size }, overlap: { ...n, tp: greedy(pairs).length } };
}

function claimCounts(predicted, gold) {
  const pairs = [];
  gold.forEach((g, j) => predicted.forEach((p, i) => {
    const o = overlapSets(g.content, p);
    const gl = length(g.content);
    const pl = length(p);
    if (o > 0 && 2 * o >= gl && 2 * o >= pl) pairs.push([o / Math.max(gl, pl), i, j]);
  }));
  const matched = greedy(pairs);
  const speechGold = gold.filter((g) => g.speech).length;
  const matchedSpeech = matched.filter(([, j]) => gold[j].speech).length;
  const matchedBelief = matched.length - matchedSpeech;
  return {
    all: { predicted: predicted.length, gold: gold.length, tp: matched.length },
    // Predictions matched to a belief or finding are neither right nor wrong in the speech slice.
    speech: { predicted: predicted.length - matchedBelief, gold: speechGold, tp: matchedSpeech },
  };
}

function add(total, counts) {
  for (const [k, v] of Object.entries(counts)) {
    if (typeof v === 'object') add((total[k] ??= {}), v);
    else total[k] = (total[k] ?? 0) + v;
  }
}

function f1({ predicted = 0, gold = 0, tp = 0 }) {
  const p = predicted ? tp / predicted : 0;
  const r = gold ? tp / gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

/**
 * Fails unless this script's figures for newsmark equal those of `newsmark eval` (the Rust
 * scorer) on the same folder: two copies of FORMAT.md's rules must agree.
 */
function checkAgainstEval(name, t) {
  const out = execFileSync('cargo', ['run', '--quiet', '--release', '--', 'eval', path.join(corpusRoot, name), '--json'], { cwd: root, encoding: 'utf8' });
  const evaluated = JSON.parse(out);
  const pairs = [
    ['places (exact)', t.places?.exact, evaluated.places.exact],
    ['places (overlap)', t.places?.overlap, evaluated.places.overlap],
    ['people mentions (exact)', t.people?.exact, evaluated.people.exact],
    ['people mentions (overlap)', t.people?.overlap, evaluated.people.overlap],
    ['all claims', t.claims?.all, evaluated.claims.claims],
    ['speech claims', t.claims?.speech, evaluated.speech.claims],
  ];
  for (const [measure, mine, theirs] of pairs) {
    if (!mine) continue;
    const { p, r, f } = f1(mine);
    const differ = [[p, theirs.precision], [r, theirs.recall], [f, theirs.f1]].some(([a, b]) => Math.abs(Number(a.toFixed(3)) - b) > 0.0011);
    if (differ) {
      console.error(`${name} ${measure}: this script ${fmt(p)}/${fmt(r)}/${fmt(f)}, newsmark eval ${theirs.precision}/${theirs.recall}/${theirs.f1}`);
      process.exitCode = 1;
    }
  }
}

// ---- the run -------------------------------------------------------------------------------

const corpora = ['dev', 'gum-news', 'polnear-dev'].map((name) => ({ name, docs: load(path.join(corpusRoot, name)) })).filter((c) => c.docs.length);
if (!corpora.length) {
  console.log(`no corpus at ${corpusRoot}: nothing to compare`);
  process.exit(0);
}

const fmt = (x) => x.toFixed(3);
const row = (cells) => console.log(`| ${cells.join(' | ')} |`);

console.log(`## Accuracy (newsmark ${newsmark.version()}, compromise ${compromiseVersion})\n`);
row(['corpus', 'measure', 'newsmark P / R / F1', 'compromise P / R / F1']);
row(['---', '---', '---', '---']);
for (const { name, docs } of corpora) {
  const totals = {};
  for (const [system, run] of Object.entries(systems)) {
    const t = (totals[system] = {});
    for (const doc of docs) {
      const out = run(doc.text);
      if (doc.layers.has('places')) add((t.places ??= {}), spanCounts(out.places, doc.places));
      if (doc.layers.has('people')) add((t.people ??= {}), spanCounts(out.people, doc.people));
      if (doc.layers.has('claims')) add((t.claims ??= {}), claimCounts(out.claims, doc.claims));
    }
  }
  checkAgainstEval(name, totals.newsmark);
  const measures = [
    ['places (exact)', (t) => t.places?.exact],
    ['places (overlap)', (t) => t.places?.overlap],
    ['people mentions (exact)', (t) => t.people?.exact],
    ['people mentions (overlap)', (t) => t.people?.overlap],
    ['speech claims', (t) => t.claims?.speech],
    ['all claims', (t) => t.claims?.all],
  ];
  for (const [measure, pick] of measures) {
    if (!pick(totals.newsmark)) continue;
    const cells = Object.keys(systems).map((s) => {
      const { p, r, f } = f1(pick(totals[s]));
      return `${fmt(p)} / ${fmt(r)} / **${fmt(f)}**`;
    });
    row([`${name} (${docs.length})`, measure, ...cells]);
  }
}

// ---- speed and size -----------------------------------------------------------------------------

function timePerArticle(texts, f) {
  const warm = performance.now();
  while (performance.now() - warm < 500) for (const t of texts) f(t);
  let best = Infinity;
  for (let round = 0; round < 3; round += 1) {
    const started = performance.now();
    let passes = 0;
    while (performance.now() - started < 300) {
      for (const t of texts) f(t);
      passes += 1;
    }
    best = Math.min(best, (performance.now() - started) / passes);
  }
  return (best * 1000) / texts.length;
}

const texts = corpora.flatMap((c) => c.docs.map((d) => d.text));
const kb = (bytes) => `${Math.round(bytes / 1000)} KB`;
const glue = readFileSync(path.join(root, 'pkg/newsmark.js'));
const compromiseBuild = readFileSync(path.join(compromiseDir, 'builds/compromise.js'));
console.log(`\n## Speed (Node, ${texts.length} articles, everything each system finds) and size\n`);
row(['', 'newsmark', 'compromise']);
row(['---', '---', '---']);
row(['time per article', `${timePerArticle(texts, systems.newsmark).toFixed(0)} µs`, `${timePerArticle(texts, systems.compromise).toFixed(0)} µs`]);
row(['download, raw / gzip', `${kb(wasmBytes.length + glue.length)} / ${kb(gzipSync(wasmBytes).length + gzipSync(glue).length)} (.wasm + glue)`, `${kb(compromiseBuild.length)} / ${kb(gzipSync(compromiseBuild).length)} (builds/compromise.js)`]);
