// The npm package (pkg/, from `make package`) in Node: its package.json, its types, and the API.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = path.join(root, 'pkg');
const seed = JSON.parse(readFileSync(path.join(root, 'tests/fixtures/seed-nato-rutte-davos.json'), 'utf8')).text;

test('package.json declares the module, the embed, the types and the files', () => {
  const json = JSON.parse(readFileSync(path.join(pkg, 'package.json'), 'utf8'));
  assert.equal(json.name, 'newsmark');
  assert.equal(json.type, 'module');
  assert.equal(json.exports['.'].types, './newsmark.d.ts');
  assert.equal(json.exports['./embed'].default, './embed.js');
  for (const file of ['newsmark.js', 'newsmark.d.ts', 'newsmark_bg.wasm', 'embed.js', 'embed.d.ts', 'marks.css']) {
    assert.ok(json.files.includes(file), `${file} in files`);
    readFileSync(path.join(pkg, file));
  }
});

test('the TypeScript types describe the JSON, not any', () => {
  const types = readFileSync(path.join(pkg, 'newsmark.d.ts'), 'utf8');
  assert.match(types, /export function analyze\(text: string\): Analysis;/);
  for (const name of ['Span', 'Entity', 'Claim', 'Analysis', 'Demonym']) assert.match(types, new RegExp(`export interface ${name}\\b`));
  assert.match(types, /kind: "direct" \| "mixed" \| "indirect";/);
  const embed = readFileSync(path.join(pkg, 'embed.d.ts'), 'utf8');
  assert.match(embed, /from '\.\/newsmark\.js'/);
  assert.match(embed, /export function highlight\(element: Element, options\?: HighlightOptions\): Promise<Analysis>;/);
});

test('runs in Node: initSync with the .wasm bytes, then analyze', async () => {
  const newsmark = await import(path.join(pkg, 'newsmark.js'));
  newsmark.initSync({ module: readFileSync(path.join(pkg, 'newsmark_bg.wasm')) });
  const result = newsmark.analyze(seed);
  assert.equal(result.claims.length, 8);
  const rutte = result.entities.find((e) => e.name === 'Mark Rutte');
  assert.ok(result.claims.every((c) => c.speaker === rutte.id));
  for (const c of result.claims) for (const piece of c.content) assert.equal(seed.slice(piece.start, piece.end), piece.text);
  assert.equal(newsmark.version(), JSON.parse(readFileSync(path.join(pkg, 'package.json'), 'utf8')).version);
});
