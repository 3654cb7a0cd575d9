// Runs the WebAssembly package (pkg/) over PolNeAR dev N times (N from the first argument), for
// scripts/count-instructions.sh to count under callgrind.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const newsmark = await import(path.join(root, 'pkg/newsmark.js'));
newsmark.initSync({ module: readFileSync(path.join(root, 'pkg/newsmark_bg.wasm')) });
const dir = path.join(root, '../shared/corpus/polnear-dev');
const texts = readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')).text);
for (let pass = 0; pass < Number(process.argv[2]); pass += 1) for (const t of texts) newsmark.analyze(t);
