#!/usr/bin/env python3
"""Corpus speed, side by side in one run: the JSONL command on 1 and 2 threads, the Python
package (one call for the whole corpus), and the peak memory of each (`make bench`).

The corpus is every article of ../shared/corpus as one JSONL file (about 5 MB); without it, the
built-in sample repeated to the same size.
"""
import glob
import json
import os
import resource
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, 'target', 'release', 'newsmark')


def corpus():
    texts = [json.load(open(f))['text'] for f in sorted(glob.glob(os.path.join(ROOT, '..', 'shared', 'corpus', '*', '*.json')))]
    if not texts:
        sample = open(os.path.join(ROOT, 'www', 'sample.txt')).read()
        texts = [sample] * (5_000_000 // len(sample))
    return texts


def timed(command, stdin_path):
    """Best of three: seconds, and the peak resident memory of the child in MB."""
    best, peak = float('inf'), 0.0
    for _ in range(3):
        with open(stdin_path, 'rb') as stdin:
            before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
            started = time.perf_counter()
            subprocess.run(command, stdin=stdin, stdout=subprocess.DEVNULL, check=True)
            best = min(best, time.perf_counter() - started)
            peak = max(peak, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
    return best, peak


def main():
    subprocess.run(['cargo', 'build', '--release', '--quiet'], check=True, cwd=ROOT)
    texts = corpus()
    size = sum(len(t.encode()) for t in texts)
    with tempfile.NamedTemporaryFile('w', suffix='.jsonl', delete=False) as f:
        for i, t in enumerate(texts):
            f.write(json.dumps({'id': i, 'text': t}) + '\n')
        path = f.name
    print(f'corpus: {len(texts)} articles, {size / 1e6:.1f} MB')
    rows = []
    for threads in (1, 2):
        seconds, mb = timed([BINARY, 'analyze', '--jsonl', '-', '--threads', str(threads)], path)
        rows.append((f'newsmark analyze --jsonl --threads {threads}', seconds, mb))
    python = os.path.join(ROOT, 'target', 'venv', 'bin', 'python')
    if os.path.exists(python):
        script = ('import json,sys,time,newsmark,resource\n'
                  'texts=[json.loads(l)["text"] for l in open(sys.argv[1])]\n'
                  't=time.perf_counter(); newsmark.analyze_many(texts); print(time.perf_counter()-t)\n'
                  'print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss/1024)\n')
        out = subprocess.run([python, '-c', script, path], capture_output=True, text=True, check=True).stdout.split()
        rows.append(('Python newsmark.analyze_many (all cores)', float(out[0]), float(out[1])))
    else:
        print('(Python package not installed in target/venv: make test-python first)')
    base = rows[0][1]
    for name, seconds, mb in rows:
        print(f'{name:<44} {seconds:6.2f} s  {size / 1e6 / seconds:5.1f} MB/s  ×{base / seconds:4.2f}  peak {mb:6.0f} MB')
    os.unlink(path)


if __name__ == '__main__':
    sys.exit(main())
