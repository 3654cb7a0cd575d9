#!/usr/bin/env python3
"""Fits the claim-confidence model (data/claim_weights.tsv) on PolNeAR's training split.

    python3 scripts/train_claims.py [--corpus ../shared/corpus] [--check]

Every claim the rules find in `polnear-train` (before any is dropped) is a row: its features
(`newsmark eval --claim-features`) and whether it matches an annotated claim. An L2-regularised
logistic regression is fitted to the rows by full-batch gradient descent (deterministic: no
sampling, a fixed number of steps) and written with the two confidence thresholds of
THRESHOLDS. Only numbers and the engine's own feature names are written: no text of the corpus.

The thresholds are fixed, not refitted: the confidence is a calibrated probability, so a
threshold on it means the same after any refit ("keep a claim this likely to be right"), and a
change of the rules is then measured at the same operating point. They were chosen on the
training split: the script prints the pair its sweep would choose on this fit and the objective
at both, so that a drift shows.

--check fits again and fails when the result differs from the weights in data/ (the shipped
weights are what this script makes).
"""
import argparse
import json
import math
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'data', 'claim_weights.tsv')

# A feature seen fewer times than this on the training split gets no weight.
MIN_COUNT = 5
# L2 penalty per feature weight (the bias is not penalised), in units of the mean log loss.
L2 = 1e-4
STEPS = 400
LEARNING_RATE = 0.5


def rows(corpus, split):
    """(features, matched, cue_found) rows — matched being 'speech', 'belief' or None, cue_found
    whether the cue is a gold claim's — and the numbers of gold claims and gold speech claims of a
    split."""
    binary = os.path.join(ROOT, 'target', 'release', 'newsmark')
    out = subprocess.run([binary, 'eval', os.path.join(corpus, split), '--claim-features'],
                         check=True, capture_output=True, text=True).stdout
    data, gold, gold_speech = [], 0, 0
    for line in out.splitlines():
        j = json.loads(line)
        if 'gold_claims' in j:
            gold += j['gold_claims']
            gold_speech += j['gold_speech']
        else:
            data.append((j['features'], j['matched'], j['cue_found']))
    return data, gold, gold_speech


def fit(data):
    """Weights by feature name and the bias."""
    counts = {}
    for features, _, _ in data:
        for f in features:
            counts[f] = counts.get(f, 0) + 1
    names = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    index = {f: i for i, f in enumerate(names)}
    xs = [[index[f] for f in features if f in index] for features, _, _ in data]
    # A claim is real when it matches an annotated claim or its cue is an annotated cue (its
    # content may be cut differently): the confidence is that an attribution is there.
    ys = [1.0 if matched or cue_found else 0.0 for _, matched, cue_found in data]
    n = len(xs)
    w = [0.0] * len(names)
    bias = 0.0
    # Adagrad on the full batch: a fixed path from zero, so the same rows give the same weights.
    g2 = [1e-8] * len(names)
    b2 = 1e-8
    for _ in range(STEPS):
        grad = [0.0] * len(names)
        gb = 0.0
        for x, y in zip(xs, ys):
            z = bias + sum(w[i] for i in x)
            p = 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0
            d = p - y
            gb += d
            for i in x:
                grad[i] += d
        for i in range(len(names)):
            g = grad[i] / n + L2 * w[i]
            g2[i] += g * g
            w[i] -= LEARNING_RATE * g / math.sqrt(g2[i])
        gb /= n
        b2 += gb * gb
        bias -= LEARNING_RATE * gb / math.sqrt(b2)
    return {f: w[i] for f, i in index.items()}, bias


def predict(weights, bias, features):
    z = bias + sum(weights.get(f, 0.0) for f in features)
    return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))


# How much the objective may give up on the training split to keep more claims: a claim a reader
# might want costs more than a spurious one, which the page draws lighter.
MARGIN = 0.001

# The confidence below which a claim is dropped: for speech cues, for belief cues. The sweep
# below, on polnear-train, chose speech 0.46–0.47 and beliefs 0.69–0.73 over eleven refits of
# 2026-11 and 2026-12 while its objective stayed within 0.001 of its best: these are the middle.
THRESHOLDS = (0.46, 0.71)

# The thresholds tried, per class of cue.
GRID = [k / 100 for k in range(0, 81)]

# How many grid steps either way the objective is averaged over when thresholds are chosen.
SMOOTH = 3


def thresholds(scored, gold, gold_speech):
    """The confidence thresholds for speech cues and for beliefs that this fit would choose: the
    best mean of all-claims F1 and speech F1 (rows as (p, is_belief_cue, matched)), smoothed over
    neighbouring thresholds; within MARGIN of the best, the lowest speech threshold (what was said
    matters most to a reader), then the lowest belief threshold. Returns ((speech, belief),
    objective at them, the objective as a function of a pair of thresholds)."""
    def counts(belief_cue):
        # For each threshold: claims kept, matched to any gold, to speech gold, to belief gold.
        out = []
        for t in GRID:
            kept = [m for p, b, m in scored if b == belief_cue and p >= t]
            out.append((len(kept), sum(m is not None for m in kept), sum(m == 'speech' for m in kept),
                        sum(m == 'belief' for m in kept)))
        return out
    speech, belief = counts(False), counts(True)
    objective = {}
    for i, a in enumerate(speech):
        for j, b in enumerate(belief):
            kept, tp, tp_speech, on_belief = (x + y for x, y in zip(a, b))
            f1_all = 2 * tp / (kept + gold)
            f1_speech = 2 * tp_speech / (kept - on_belief + gold_speech)
            objective[i, j] = (f1_all + f1_speech) / 2

    # The objective is flat near its top: a pair is judged by the mean over its neighbours within
    # SMOOTH grid steps, so that a small change of the rules moves the thresholds little.
    def smoothed(i, j):
        near = [objective[a, b] for a in range(i - SMOOTH, i + SMOOTH + 1) for b in range(j - SMOOTH, j + SMOOTH + 1)
                if (a, b) in objective]
        return sum(near) / len(near)
    results = [(smoothed(i, j), GRID[i], GRID[j], objective[i, j]) for i, j in objective]
    best = max(r[0] for r in results)
    _, t_speech, t_belief, value = min((r for r in results if r[0] >= best - MARGIN), key=lambda r: (r[1], r[2]))
    return (t_speech, t_belief), value, lambda ts, tb: objective[GRID.index(ts), GRID.index(tb)]


def render(weights, bias, threshold):
    t_speech, t_belief = threshold
    lines = [
        '# Claim confidence: logistic-regression weights over the features of',
        '# src/attribution/confidence.rs. Generated by scripts/train_claims.py (make train) from',
        '# the claims the rules find in PolNeAR\'s training split (Newell, Margolin and Ruths, LREC',
        '# 2018), labelled by whether they match an annotated claim: numbers only, no corpus text.',
        '# Do not edit; run make train.',
        f'(bias)\t{bias:.4f}',
        f'(threshold speech)\t{t_speech:.4f}',
        f'(threshold thought)\t{t_belief:.4f}',
    ]
    return '\n'.join(lines + weight_lines(weights)) + '\n'


def weight_lines(weights):
    """One line per feature, its weight rounded to two decimals (none when that is zero): the
    weights are embedded in the page, whose download has a budget. Against four decimals, this
    rounding left the F1 figures of `newsmark eval` on PolNeAR and GUM news as they were, moved
    gum-train's all-claims F1 by 0.002 (0.372 → 0.374), and it saved 2 KB of the page gzip."""
    rounded = ((f, round(w, 2)) for f, w in sorted(weights.items()))
    return [f'{f}\t{w:.2f}' for f, w in rounded if w != 0]


def start(doc, path):
    """The command line of a training script whose docstring is `doc` (`--corpus`, `--check`),
    the weights file at `path` as it is before the fit, and the engine built."""
    parser = argparse.ArgumentParser(description=doc.split('\n')[1])
    parser.add_argument('--corpus', default=os.path.join(ROOT, '..', 'shared', 'corpus'))
    parser.add_argument('--check', action='store_true')
    args = parser.parse_args()
    saved = open(path).read() if os.path.exists(path) else None
    subprocess.run(['cargo', 'build', '--release', '--quiet', '--bin', 'newsmark'], check=True, cwd=ROOT)
    return args, saved


def main():
    # The rows are every candidate, none dropped: they do not depend on the weights in data/.
    args, saved = start(__doc__, OUT)
    train, gold, gold_speech = rows(args.corpus, 'polnear-train')
    weights, bias = fit(train)
    scored = [(predict(weights, bias, f), 'class=thought' in f, m) for f, m, _ in train]
    swept, swept_objective, objective = thresholds(scored, gold, gold_speech)
    text = render(weights, bias, THRESHOLDS)
    print(f'{len(train)} candidate claims, {gold} gold claims ({gold_speech} speech); {len(weights)} weights; '
          f'thresholds {THRESHOLDS} (train: mean of all-claims and speech F1 {objective(*THRESHOLDS):.4f}; '
          f'the sweep would choose {swept}, {swept_objective:.4f})', file=sys.stderr)
    write_or_check(OUT, saved, text, args.check, 'scripts/train_claims.py')


def write_or_check(path, saved, text, check, script):
    """With `check`, fails unless the file at `path` held `text` (`saved`, read before the fit);
    otherwise writes `text` there and builds the engine again with it."""
    name = os.path.relpath(path, ROOT)
    if check:
        if saved != text:
            sys.exit(f'{name} is not what {script} makes: run make train')
        print(f'{name} matches', file=sys.stderr)
    else:
        with open(path, 'w') as f:
            f.write(text)
        subprocess.run(['cargo', 'build', '--release', '--quiet', '--bin', 'newsmark'], check=True, cwd=ROOT)


if __name__ == '__main__':
    main()
