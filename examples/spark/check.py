#!/usr/bin/env python3
"""Checks the Spark example end to end (run by `make test`): makes a small corpus from the
repository's own articles, runs examples/spark/run.sh on it, and compares the Parquet table of
claims with what `newsmark analyze --jsonl` finds in the same corpus: one row a claim, the same
speaker, kind, cue and content."""
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
WORK = os.path.join(ROOT, "target", "spark-test")
CLI = os.path.join(ROOT, "target", "release", "newsmark")


def corpus():
    """Articles: the seed, the sample and the fixtures, each also cut into its paragraphs."""
    with open(os.path.join(ROOT, "tests", "fixtures", "seed-nato-rutte-davos.json"), encoding="utf-8") as f:
        texts = [json.load(f)["text"]]
    for path in ["www/sample.txt", "tests/fixtures/wire-story.txt", "tests/fixtures/uk-story.txt", "tests/fixtures/interview.txt"]:
        with open(os.path.join(ROOT, path), encoding="utf-8") as f:
            texts.append(f.read())
    texts += [p for t in list(texts) for p in t.split("\n") if p.strip()]
    return [{"id": f"article-{n}", "desk": "test", "text": t} for n, t in enumerate(texts)]


def main():
    os.makedirs(WORK, exist_ok=True)
    source = os.path.join(WORK, "articles.jsonl")
    articles = corpus()
    with open(source, "w", encoding="utf-8") as f:
        for a in articles:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    outdir = os.path.join(WORK, "claims.parquet")
    subprocess.run([os.path.join(ROOT, "examples", "spark", "run.sh"), source, outdir], check=True)

    cli = subprocess.run([CLI, "analyze", "--jsonl", source], capture_output=True, text=True, check=True)
    expected = []
    for line in cli.stdout.splitlines():
        out = json.loads(line)
        a = out["analysis"]
        for c in a["claims"]:
            speaker = a["entities"][c["speaker"]]["name"] if c["speaker"] is not None else None
            content = " … ".join(p["text"] for p in c["content"])
            expected.append((out["id"], c["id"], speaker, c["source_kind"], c["kind"], c["speech"], c["cue"]["text"] if c["cue"] else None, content))

    python = os.path.join(ROOT, "target", "spark-venv", "bin", "python")
    read = "import pandas, json, sys; d = pandas.read_parquet(sys.argv[1]); print(d.to_json(orient='records'))"
    rows = json.loads(subprocess.run([python, "-c", read, outdir], capture_output=True, text=True, check=True).stdout)
    found = sorted((r["article_id"], r["claim"], r["speaker"], r["source_kind"], r["kind"], r["speech"], r["cue"], r["content"]) for r in rows)
    expected.sort()
    if found != expected:
        missing = [e for e in expected if e not in found][:5]
        extra = [r for r in found if r not in expected][:5]
        sys.exit(f"Spark rows differ from the CLI: {len(found)} rows, {len(expected)} claims\nmissing {missing}\nextra {extra}")
    print(f"spark: {len(articles)} articles, {len(found)} claims, the same as newsmark analyze --jsonl")


if __name__ == "__main__":
    main()
