#!/usr/bin/env python3
"""The accuracy floors of the issues, checked on ../shared/corpus with `newsmark eval --json`.

Skipped, with a warning, when the corpus is not beside the checkout (the product never needs it),
unless NEWSMARK_REQUIRE_CORPUS is set (CI sets it: there the corpus is always beside the clone),
when its absence fails.
Usage: scripts/check-floors.py [path to the newsmark binary]
"""
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "..", "shared", "corpus")
BINARY = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "target", "release", "newsmark")

# (folder, figure path, floor): from the issues' "Figures to reach" and what later rounds reached.
FLOORS = [
    ("dev", ("places", "exact", "f1"), 1.0),
    ("dev", ("people", "exact", "f1"), 1.0),
    ("dev", ("claims", "claims", "recall"), 1.0),
    ("dev", ("claims", "source_accuracy"), 1.0),
    ("dev", ("claims", "cue_accuracy"), 1.0),
    ("polnear-dev", ("speech", "claims", "f1"), 0.75),
    ("polnear-dev", ("speech", "source_accuracy"), 0.85),
    ("polnear-dev", ("speech", "cue_accuracy"), 0.90),
    ("polnear-dev", ("claims", "claims", "f1"), 0.60),
    ("gum-news", ("places", "exact", "f1"), 0.85),
    ("gum-news", ("people", "exact", "f1"), 0.85),
    # Who said it (issue 14): speaker identity on both PolNeAR splits.
    ("dev", ("speakers", "identity"), 1.0),
    ("polnear-dev", ("speakers", "identity"), 0.97),
    ("polnear-train", ("speakers", "identity"), 0.97),
    # gum-news at the issue's target (reached with rules read from its errors); the other genres'
    # interviews and speeches, whose "I" is the person the title names.
    ("gum-news", ("speakers", "identity"), 0.92),
    ("gum-train", ("speakers", "identity"), 0.40),
    # Claims (issue 10): what this round reached, kept from falling back; the calibration of the
    # confidence on articles the model was not fitted on.
    ("polnear-dev", ("claims", "claims", "f1"), 0.65),
    ("polnear-train", ("claims", "claims", "f1"), 0.62),
    # The extent of contents, span-exact (the reported clause with its "that").
    ("polnear-dev", ("claims", "span_exact", "content", "f1"), 0.52),
    ("polnear-train", ("claims", "span_exact", "content", "f1"), 0.49),
    # The extent of sources, span-exact (with the descriptions the annotators keep).
    ("polnear-dev", ("claims", "span_exact", "source", "f1"), 0.66),
    ("polnear-train", ("claims", "span_exact", "source", "f1"), 0.63),
    ("polnear-dev", ("speech", "claims", "f1"), 0.80),
    ("polnear-train", ("speech", "claims", "f1"), 0.78),
    ("polnear-dev", ("speech", "source_accuracy"), 0.97),
    ("polnear-dev", ("speech", "cue_accuracy"), 0.97),
    # Speaker coverage: the share of named speakers' claims found at all.
    ("polnear-dev", ("speakers", "coverage"), 0.77),
    ("polnear-train", ("speakers", "coverage"), 0.73),
]

# (folder, figure path, ceiling): figures that must stay low.
CEILINGS = [
    ("polnear-dev", ("claims", "calibration_error"), 0.05),
]


def main():
    if not os.path.isdir(CORPUS):
        message = f"accuracy floors: {os.path.normpath(CORPUS)} not found"
        if os.environ.get("NEWSMARK_REQUIRE_CORPUS"):
            sys.exit(f"{message}, and NEWSMARK_REQUIRE_CORPUS is set")
        print(f"WARNING: {message}; the floors were NOT checked", file=sys.stderr)
        return
    results = {}
    failed = []
    for folder, path, floor in FLOORS:
        if folder not in results:
            out = subprocess.run([BINARY, "eval", os.path.join(CORPUS, folder), "--json"], check=True, capture_output=True, text=True)
            results[folder] = json.loads(out.stdout)
        value = results[folder]
        for key in path:
            value = value[key]
        ok = value >= floor
        print(f"{'ok  ' if ok else 'FAIL'} {folder:12} {'.'.join(path):28} {value:.3f} (floor {floor})")
        if not ok:
            failed.append(folder)
    for folder, path, ceiling in CEILINGS:
        value = results[folder]
        for key in path:
            value = value[key]
        ok = value <= ceiling
        print(f"{'ok  ' if ok else 'FAIL'} {folder:12} {'.'.join(path):28} {value:.3f} (at most {ceiling})")
        if not ok:
            failed.append(folder)
    if failed:
        sys.exit("accuracy floors not reached")


if __name__ == "__main__":
    main()
