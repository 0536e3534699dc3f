#!/usr/bin/env python3
"""Out-of-fold figures of the whole pipeline on the train split.

Train and dev are in the fit of the tagger and the claim classifiers, so the pipeline's claims on them are far
cleaner than on unseen transcripts, and rules tuned on them need not carry to new testimony. This tool cuts the
train split into K folds of whole writer batches (the id's number divided by 50), and for each fold:
  1. writes a copy of the corpus WITHOUT the test split (never read here) whose fold transcripts are relabelled
     `test`, the rest of train and dev unchanged;
  2. trains tagger.bin, claims.bin and basis.bin on that copy (`testimony train`), so the fold is unseen;
  3. scores the fold with `testimony eval COPY --split test --models FOLD_MODELS --json`.
It then pools the folds' counts: entities, geocoding, claims per harm, claim fields, and linking of the model's
and of the gold claims. Linking pairs are scored within a fold; whole writer batches keep nearly every incident
told by several witnesses inside one fold.

When the folds' JSON holds each testimony's claim counts (`eval` writes them under `claims.by_testimony`), it also
prints the 95% intervals of the pooled claim F1 and harm macro-F1 from a bootstrap over the transcripts, and with
--baseline DIR (another run's --out folder) each claim figure's change against that run, testimony by testimony, with
its interval and the share of draws in which the change is a gain: whether a rule's few claims are more than chance.
Entity F1 and geocoding accuracy are read the same way from their counts per testimony (`entities.by_testimony`,
`geocoding.by_testimony`), and linking from its pair counts per two testimonies (`linking.by_testimony_pair`): the
interval of the pooled pairwise F1, and against a baseline the change of F1, right pairs and false pairs, for the
pipeline's claims and for gold claims, on the same draws.

With --train-share S each fold's models are trained on only a share S of the transcripts outside it (whole writer
batches in a fixed order, each smaller share a subset of a larger one), and the rest are left out of the copy: the
folds scored are the same at every share, so `--baseline` with the full run's --out folder gives the change a corpus
that much smaller costs, with its interval. Run at a few shares, it is the learning curve that says what more
annotated transcripts would be worth.

Steps already done are skipped (a fold with a `done` marker is not retrained), so a second call with another build
only rescores: pass --score-only to never train.

Usage (from the repository root, after `dotnet build -c Release`):
  python3 corpus/tools/out_of_fold.py WORKDIR [--folds 4] [--score-only] [--cli DLL] [--out DIR] [--baseline DIR]
                                       [--train-share S] [-- EVAL_ARGS...]
EVAL_ARGS go to every `eval` call, for example `--sentences gold` or `--errors 20`; `--link-errors PREFIX` writes
PREFIX-foldK-pipeline.tsv and PREFIX-foldK-gold.tsv for each fold K.
"""

import argparse
import collections
import glob
import hashlib
import json
import math
import os
import shutil
import subprocess
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
DEFAULT_CLI = os.path.join(ROOT, "src", "TestimonyNlp.Cli", "bin", "Release", "net10.0", "testimony.dll")


def read_split(corpus):
    with open(os.path.join(corpus, "split.tsv"), encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t") for line in f if line.strip()]


def assign_folds(split, folds):
    """Whole writer batches, the largest first (ties in the order of split.tsv), each to the fold with the fewest
    transcripts so far."""
    batches = collections.defaultdict(list)
    for tid, part in split:
        if part == "train":
            batches[batch_of(tid)].append(tid)
    members = [[] for _ in range(folds)]
    for batch in sorted(batches, key=lambda b: -len(batches[b])):
        smallest = min(range(folds), key=lambda k: len(members[k]))
        members[smallest].extend(batches[batch])
    return [set(m) for m in members]


def batch_of(tid):
    """The writer batch of an id: its trailing number divided by 50 (each writer was given a block of 50 numbers)."""
    return int(tid.rsplit("-", 1)[1]) // 50


def training_subset(split, fold, share):
    """The train and dev ids outside the fold that a fold's models are trained on when only a share of them is kept:
    whole writer batches in a fixed order (a hash of the batch number, the same for every fold and every share), taken
    until the share of the transcripts is reached. A smaller share keeps a subset of a larger one's batches, so the
    points of a learning curve differ only in the transcripts added."""
    outside = [tid for tid, part in split if part in ("train", "dev") and tid not in fold]
    if share >= 1:
        return set(outside)
    batches = collections.defaultdict(list)
    for tid in outside:
        batches[batch_of(tid)].append(tid)
    order = sorted(batches, key=lambda b: hashlib.sha256(str(b).encode("ascii")).hexdigest())
    kept, wanted = set(), share * len(outside)
    for batch in order:
        if len(kept) >= wanted:
            break
        kept.update(batches[batch])
    return kept


def write_copy(corpus, split, fold, target, share=1.0):
    kept = training_subset(split, fold, share) | fold
    left_out = {tid for tid, part in split if tid not in kept}
    os.makedirs(os.path.join(target, "annotations"), exist_ok=True)
    os.makedirs(os.path.join(target, "transcripts"), exist_ok=True)
    for name in os.listdir(corpus):
        if name.endswith(".md"):
            shutil.copy(os.path.join(corpus, name), target)
    with open(os.path.join(target, "split.tsv"), "w", encoding="utf-8", newline="\n") as f:
        for tid, part in split:
            if tid in kept:
                f.write(f"{tid}\t{'test' if tid in fold else part}\n")
    with open(os.path.join(corpus, "annotations", "gold.jsonl"), encoding="utf-8") as src, \
            open(os.path.join(target, "annotations", "gold.jsonl"), "w", encoding="utf-8", newline="\n") as dst:
        for line in src:
            if line.strip() and json.loads(line)["id"] not in left_out:
                dst.write(line)
    for name in os.listdir(os.path.join(corpus, "transcripts")):
        if name.split(".", 1)[0] not in left_out:
            shutil.copy(os.path.join(corpus, "transcripts", name), os.path.join(target, "transcripts", name))


def f1(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


SEED = 20261204
DRAWS = 1000


def testimony_counts(ds):
    """Each scored testimony's claim counts, by id: (tp, fp, fn) per harm in the JSON's order."""
    counts = {}
    for d in ds:
        for t in d["claims"].get("by_testimony", []):
            counts[t["id"]] = [tuple(v) for v in t["by_harm"].values()]
    return counts


def claim_figures(rows):
    """Claim F1, harm macro-F1 and right minus false claims of a list of testimonies' counts."""
    harms = len(rows[0]) if rows else 0
    sums = [[sum(r[h][k] for r in rows) for k in range(3)] for h in range(harms)]
    tp, fp, fn = (sum(s[k] for s in sums) for k in range(3))
    scored = [2 * s[0] / (2 * s[0] + s[1] + s[2]) for s in sums if 2 * s[0] + s[1] + s[2] > 0]
    micro = 2 * tp / (2 * tp + fp + fn) if 2 * tp + fp + fn else 0.0
    return micro, (sum(scored) / len(scored) if scored else 0.0), tp - fp


def percentiles(values):
    values = sorted(values)
    return values[max(0, math.ceil(0.025 * len(values)) - 1)], values[max(0, math.ceil(0.975 * len(values)) - 1)]


def draws(ids):
    """The bootstrap's draws of `ids` (the same sequence on every call): each as many ids as there are, with
    replacement."""
    random = __import__("random").Random(SEED)
    for _ in range(DRAWS):
        yield [ids[random.randrange(len(ids))] for _ in ids]


def print_changes(label, rows, baseline, figures, names):
    """With a baseline's rows, each figure's change over the transcripts both scored, with the 95% interval of a
    paired bootstrap (each draw takes the same transcripts for both runs) and the share of draws in which it grew.
    `figures` maps a list of rows to a tuple of figures (None where a draw has none); `names` is a (name, format)
    pair per figure."""
    common = [i for i in sorted(rows) if i in baseline]
    if len(common) < 2:
        print(f"{label}against the baseline: fewer than two transcripts in common")
        return
    changes = []
    for draw in draws(common):
        now, before = figures([rows[i] for i in draw]), figures([baseline[i] for i in draw])
        changes.append(tuple(None if a is None or b is None else a - b for a, b in zip(now, before)))
    now, before = figures([rows[i] for i in common]), figures([baseline[i] for i in common])
    for k, (name, fmt) in enumerate(names):
        values = [c[k] for c in changes if c[k] is not None]
        low, high = percentiles(values)
        better = sum(v > 0 for v in values) / len(values)
        print(f"{label}against the baseline ({len(common)} transcripts in common): {name}{now[k] - before[k]:{fmt}},"
              f" 95% interval {low:{fmt}} to {high:{fmt}}, better in {better:.0%} of draws")


def print_intervals(counts, baseline):
    """A bootstrap over the pooled testimonies (the same draws each call): the 95% interval of claim F1 and harm
    macro-F1, and with a baseline (another run's --out folder) the interval of each figure's change, testimony by
    testimony, over the testimonies both scored."""
    ids = sorted(counts)
    if len(ids) < 2:
        return
    figures = [claim_figures([counts[i] for i in draw]) for draw in draws(ids)]
    f1_low, f1_high = percentiles([f[0] for f in figures])
    macro_low, macro_high = percentiles([f[1] for f in figures])
    print(f"claims 95% intervals over the {len(ids)} transcripts ({DRAWS} draws): F1 {f1_low:.3f}-{f1_high:.3f}"
          f"  harm macro-F1 {macro_low:.3f}-{macro_high:.3f}")
    if baseline is not None:
        print_changes("", counts, baseline, claim_figures,
                      (("claim F1 ", "+.3f"), ("harm macro-F1 ", "+.3f"), ("right minus false claims ", "+.0f")))


def section_rows(ds, section, fields):
    """Each scored testimony's counts of a section that lists them (`entities` and `geocoding` under `by_testimony`),
    by id; empty when the JSON has none (an older build)."""
    rows = {}
    for d in ds or []:
        for t in (d.get(section) or {}).get("by_testimony", []):
            rows[t["id"]] = tuple(t[f] for f in fields)
    return rows


def f1_of(rows):
    tp, fp, fn = (sum(r[k] for r in rows) for k in range(3))
    return 2 * tp / (2 * tp + fp + fn) if 2 * tp + fp + fn else None


def share_of(rows):
    total = sum(r[1] for r in rows)
    return sum(r[0] for r in rows) / total if total else None


def print_figure_intervals(label, rows, baseline, figure):
    """The 95% interval of one pooled figure over the transcripts (the claims' draws, when the same transcripts), and
    with a baseline's rows the interval of its change over the transcripts both scored."""
    ids = sorted(rows)
    if len(ids) < 2:
        return
    values = [figure([rows[i] for i in draw]) for draw in draws(ids)]
    low, high = percentiles([v for v in values if v is not None])
    print(f"{label} 95% interval over the {len(ids)} transcripts ({DRAWS} draws): {low:.3f}-{high:.3f}")
    if baseline:
        print_changes(label + " ", rows, baseline, lambda r: (figure(r),), (("", "+.3f"),))


def pair_counts(ds, key):
    """The linking pairs of section `key`, pooled over the folds: (first, second) -> [tp, fp, fn]; None when the JSON
    has no pair counts (an older build)."""
    if not all(d.get(key) and "by_testimony_pair" in d[key] for d in ds):
        return None
    counts = {}
    for d in ds:
        for p in d[key]["by_testimony_pair"]:
            counts[(p["first"], p["second"])] = [p["tp"], p["fp"], p["fn"]]
    return counts


def linking_figures(pairs, times):
    """Pairwise F1, right pairs and false pairs of a draw: a pair of two testimonies drawn k and m times counts k * m
    times, a pair within one testimony k times (the copies of one testimony are never paired)."""
    tp = fp = fn = 0
    for (a, b), (t, f, n) in pairs.items():
        weight = times.get(a, 0) if a == b else times.get(a, 0) * times.get(b, 0)
        if weight:
            tp, fp, fn = tp + weight * t, fp + weight * f, fn + weight * n
    return (2 * tp / (2 * tp + fp + fn) if 2 * tp + fp + fn else None), tp, fp


def print_linking_intervals(key, ids, pairs, baseline):
    """The 95% interval of the pooled pairwise F1 over the transcripts (the draws of the claim intervals), and with a
    baseline's pairs the interval of the change of F1, right pairs and false pairs."""
    random = __import__("random").Random(SEED)
    scores, changes = [], []
    for _ in range(DRAWS):
        times = collections.Counter(ids[random.randrange(len(ids))] for _ in ids)
        now = linking_figures(pairs, times)
        if now[0] is not None:
            scores.append(now[0])
        if baseline is not None:
            before = linking_figures(baseline, times)
            if now[0] is not None and before[0] is not None:
                changes.append((now[0] - before[0], now[1] - before[1], now[2] - before[2]))
    if scores:
        low, high = percentiles(scores)
        print(f"{key} pairwise F1 95% interval over the {len(ids)} transcripts ({DRAWS} draws): {low:.3f}-{high:.3f}")
    if baseline is None or not changes:
        return
    every = {t: 1 for t in ids}
    now, before = linking_figures(pairs, every), linking_figures(baseline, every)
    for k, name, fmt in ((0, "pairwise F1", "+.3f"), (1, "right pairs", "+.0f"), (2, "false pairs", "+.0f")):
        low, high = percentiles([c[k] for c in changes])
        # A gain is more right pairs, or fewer false ones.
        better = sum((c[k] < 0) if k == 2 else (c[k] > 0) for c in changes) / len(changes)
        print(f"{key} against the baseline: {name} {(now[k] or 0) - (before[k] or 0):{fmt}},"
              f" 95% interval {low:{fmt}} to {high:{fmt}}, better in {better:.0%} of draws")


def pool(results, baseline_dir=None):
    ds = [json.load(open(path, encoding="utf-8")) for path in results]
    print(f"folds pooled: {len(ds)}, transcripts {sum(d['transcripts'] for d in ds)}")
    # With `--sentences gold` eval scores claims and linking only.
    if all(d.get("entities") for d in ds):
        e = [sum(d["entities"]["overall"][k] for d in ds) for k in ("tp", "fp", "fn")]
        print("entities: P %.3f R %.3f F1 %.3f" % f1(*e))
    if all(d.get("geocoding") for d in ds):
        g = [sum(d["geocoding"]["overall"][k] for d in ds) for k in ("correct", "gazetteer_places")]
        print("geocoding of gazetteer places: %d of %d = %.3f" % (g[0], g[1], g[0] / max(1, g[1])))
    per_harm = []
    for harm in ds[0]["claims"]["by_harm"]:
        c = [sum(d["claims"]["by_harm"][harm][k] for d in ds) for k in ("tp", "fp", "fn")]
        p, r, f = f1(*c)
        per_harm.append(f)
        print(f"  {harm:16s} tp {c[0]:5d} fp {c[1]:4d} fn {c[2]:4d}  P {p:.3f} R {r:.3f} F1 {f:.3f}")
    c = [sum(d["claims"]["overall"][k] for d in ds) for k in ("tp", "fp", "fn")]
    print("claims: P %.3f R %.3f F1 %.3f" % f1(*c), " harm macro-F1 %.3f" % (sum(per_harm) / len(per_harm)))
    fields = ds[0]["claims"]["fields"]
    print("claim fields: " + "  ".join(
        f"{k} {sum(d['claims']['fields'][k]['equal'] for d in ds) / max(1, sum(d['claims']['fields'][k]['matched'] for d in ds)):.3f}"
        for k in fields))
    if all(d["claims"].get("date_kinds") for d in ds):
        print("claim dates by kind: " + ", ".join(
            f"{k} {sum(d['claims']['date_kinds'][k] for d in ds)}" for k in ds[0]["claims"]["date_kinds"]))
    for key in ("linking", "linking_gold_claims"):
        if not ds[0].get(key):
            continue
        c = [sum(d[key]["pairwise"][k] for d in ds) for k in ("tp", "fp", "fn")]
        items = sum(d[key]["items"] for d in ds)
        b3 = sum(d[key]["b_cubed"]["f1"] * d[key]["items"] for d in ds) / max(1, items)
        pairs = sum(d[key]["gold_positive_pairs"] for d in ds)
        inside = sum(d[key].get("same_testimony_false_pairs", 0) for d in ds)
        fields = ds[0][key].get("gold_fields")
        label = f"{key} (fields from gold: {fields})" if fields else key
        print(f"{label}: pairwise tp {c[0]} fp {c[1]} fn {c[2]} of {pairs} gold pairs: P %.3f R %.3f F1 %.3f" % f1(*c),
              " b-cubed F1 (weighted by items) %.3f" % b3, f" false pairs within one testimony {inside}")
    counts = testimony_counts(ds)
    before = None
    if baseline_dir:
        paths = sorted(glob.glob(os.path.join(baseline_dir, "fold*.json")))
        before = [json.load(open(path, encoding="utf-8")) for path in paths]
    for section, label, fields, figure in (("entities", "entity F1", ("tp", "fp", "fn"), f1_of),
                                           ("geocoding", "geocoding accuracy", ("correct", "gazetteer_places"), share_of)):
        baseline = section_rows(before, section, fields) if before else None
        if before and not baseline and section_rows(ds, section, fields):
            print(f"{label}: the baseline has no counts per testimony (an older build); no comparison")
        print_figure_intervals(label, section_rows(ds, section, fields), baseline, figure)
    if counts:
        print_intervals(counts, testimony_counts(before) if before else None)
    ids = sorted(counts) or sorted({t for d in ds for p in d.get("linking", {}).get("by_testimony_pair", [])
                                    for t in (p["first"], p["second"])})
    for key in ("linking", "linking_gold_claims"):
        pairs = pair_counts(ds, key)
        if pairs is None or len(ids) < 2:
            continue
        baseline = pair_counts(before, key) if before else None
        if before and baseline is None:
            print(f"{key}: the baseline has no pair counts per two testimonies (an older build); no comparison")
        print_linking_intervals(key, ids, pairs, baseline)


def fold_args(eval_args, k):
    """The eval arguments of fold k: an output prefix (`--link-errors PREFIX`) gets the fold's number, so that the folds do
    not write over each other's files."""
    args = list(eval_args)
    for i, arg in enumerate(args):
        if arg == "--link-errors" and i + 1 < len(args):
            args[i + 1] = f"{args[i + 1]}-fold{k}"
        elif arg.startswith("--link-errors="):
            args[i] = f"{arg}-fold{k}"
    return args


def main():
    args, eval_args = sys.argv[1:], []
    if "--" in args:
        cut = args.index("--")
        args, eval_args = args[:cut], args[cut + 1:]
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("workdir")
    parser.add_argument("--folds", type=int, default=4)
    parser.add_argument("--corpus", default=os.path.join(ROOT, "corpus"))
    parser.add_argument("--models", default=os.path.join(ROOT, "models"))
    parser.add_argument("--cli", default=DEFAULT_CLI)
    parser.add_argument("--score-only", action="store_true")
    parser.add_argument("--out", help="folder for the folds' eval output (default: WORKDIR/eval)")
    parser.add_argument("--train-share", type=float, default=1.0,
                        help="train each fold's models on only this share of the other transcripts (whole writer "
                        "batches, a fixed order), for a learning curve; 1 (the default) keeps them all")
    parser.add_argument("--baseline", help="another run's --out folder: print each claim and linking figure's change "
                        "against it, with its 95%% interval over the transcripts")
    opts = parser.parse_args(args)
    if not os.path.isfile(opts.cli):
        sys.exit(f"out_of_fold: no build at {opts.cli}: run `dotnet build -c Release` first")
    if not 0 < opts.train_share <= 1:
        sys.exit(f"out_of_fold: --train-share must be above 0 and at most 1, not {opts.train_share}")
    split = read_split(opts.corpus)
    folds = assign_folds(split, opts.folds)
    out = opts.out or os.path.join(opts.workdir, "eval")
    os.makedirs(out, exist_ok=True)
    results = []
    for k, fold in enumerate(folds):
        copy, models = os.path.join(opts.workdir, f"corpus{k}"), os.path.join(opts.workdir, f"models{k}")
        done = os.path.join(models, "done")
        if not os.path.exists(done):
            if opts.score_only:
                print(f"fold {k}: not trained, skipped")
                continue
            shutil.rmtree(copy, ignore_errors=True)
            shutil.rmtree(models, ignore_errors=True)
            write_copy(opts.corpus, split, fold, copy, opts.train_share)
            shutil.copytree(opts.models, models)
            with open(os.path.join(opts.workdir, f"train{k}.log"), "w", encoding="utf-8") as log:
                subprocess.run(["dotnet", opts.cli, "train", "--corpus", copy, "--models", models],
                               stdout=log, stderr=subprocess.STDOUT, check=True)
            open(done, "w").close()
            trained = len(training_subset(split, fold, opts.train_share))
            print(f"fold {k}: {len(fold)} transcripts, models trained on {trained}")
        result = os.path.join(out, f"fold{k}.json")
        with open(os.path.join(out, f"fold{k}.txt"), "w", encoding="utf-8") as log:
            subprocess.run(["dotnet", opts.cli, "eval", copy, "--split", "test", "--models", models,
                            "--json", result, *fold_args(eval_args, k)], stdout=log, stderr=subprocess.STDOUT, check=True)
        results.append(result)
    if results:
        pool(results, opts.baseline)


if __name__ == "__main__":
    main()
