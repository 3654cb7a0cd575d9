#!/usr/bin/env python3
"""Seeds for the fuzz targets, in target/fuzz-corpus/<target>/: the repository's articles, the
shapes of tests/complexity.rs, and, when it is beside the checkout, the shared corpus (its text
stays in target/, never in the repository)."""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "target", "fuzz-corpus")
SHARED = os.path.join(ROOT, "..", "shared", "corpus")

# The shapes of tests/complexity.rs, a few hundred bytes each.
SHAPES = ["Person said that ", "“Rutte said ‘", "“Word said ", "according to ", "he said ", "ALPHA ", "U.S. ",
          "Mr. ", "Rutte\u0301\u0302\u0303 said ", "Gen. Sen. Dr. Inc. Calif. ", "\"", "“A b c d,” he said. ",
          "Zed Smith met Smith. ", "Rep. Jo (D) said ()()()() "]


def write(target, name, data):
    folder = os.path.join(OUT, target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def main():
    texts = []
    for path in ["www/sample.txt", "tests/fixtures/wire-story.txt", "tests/fixtures/uk-story.txt", "tests/fixtures/interview.txt"]:
        with open(os.path.join(ROOT, path), encoding="utf-8") as f:
            texts.append(f.read())
    golds = [os.path.join(ROOT, "tests", "fixtures", "seed-nato-rutte-davos.json")]
    if os.path.isdir(SHARED):
        for folder in sorted(os.listdir(SHARED)):
            path = os.path.join(SHARED, folder)
            if os.path.isdir(path):
                names = sorted(n for n in os.listdir(path) if n.endswith(".json"))[:60]
                golds += [os.path.join(path, n) for n in names]
    for path in golds:
        with open(path, encoding="utf-8") as f:
            raw = f.read()
        texts.append(json.loads(raw)["text"])
        write("gold", os.path.basename(path), raw)
    texts += [shape * (400 // len(shape) + 1) for shape in SHAPES]
    for n, text in enumerate(texts):
        write("analyze", f"text-{n}", text[:8000])
    for n in range(0, len(texts), 8):
        lines = "".join(json.dumps({"id": k, "text": t[:2000]}, ensure_ascii=False) + "\n" for k, t in enumerate(texts[n:n + 8]))
        write("jsonl", f"stream-{n}", lines)
    print(f"fuzz seeds: {len(texts)} texts, {len(golds)} gold files, in {os.path.relpath(OUT, ROOT)}")


if __name__ == "__main__":
    main()
