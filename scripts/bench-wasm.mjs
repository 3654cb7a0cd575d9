// Time per article of the WebAssembly package (pkg/) in Node: analyze, and analyzeAndRender.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const newsmark = await import(path.join(root, 'pkg/newsmark.js'));
let started = performance.now();
newsmark.initSync({ module: readFileSync(path.join(root, 'pkg/newsmark_bg.wasm')) });
newsmark.analyze('“Warm,” she said.');
console.log(`instantiate and first call: ${(performance.now() - started).toFixed(1)} ms`);

function corpus(dir) {
  try {
    return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')).text);
  } catch {
    return [];
  }
}

function bench(name, texts, f) {
  if (!texts.length) {
    console.log(`${name.padEnd(34)} (not found: skipped)`);
    return;
  }
  // Warm the JIT for half a second, then take the best of rounds of at least 200 ms.
  const warm = performance.now();
  while (performance.now() - warm < 500) for (const t of texts) f(t);
  let best = Infinity;
  for (let round = 0; round < 5; round += 1) {
    started = performance.now();
    let passes = 0;
    while (performance.now() - started < 200) {
      for (const t of texts) f(t);
      passes += 1;
    }
    best = Math.min(best, (performance.now() - started) / passes);
  }
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  console.log(`${name.padEnd(34)} ${String(texts.length).padStart(4)} articles  ${((best * 1000) / texts.length).toFixed(0).padStart(6)} µs/article  ${(bytes / 1e6 / (best / 1000)).toFixed(1).padStart(5)} MB/s`);
}

const seed = corpus(path.join(root, 'tests/fixtures'));
const sample = [readFileSync(path.join(root, 'www/sample.txt'), 'utf8')];
bench('seed, analyze', seed, newsmark.analyze);
bench('seed, analyzeAndRender', seed, (t) => newsmark.analyzeAndRender(t));
bench('sample, analyze', sample, newsmark.analyze);
bench('polnear-dev, analyze', corpus(path.join(root, '../shared/corpus/polnear-dev')), newsmark.analyze);
bench('gum-news, analyze', corpus(path.join(root, '../shared/corpus/gum-news')), newsmark.analyze);
