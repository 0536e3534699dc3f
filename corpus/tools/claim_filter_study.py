#!/usr/bin/env python3
"""Could a claim-level model tell the pipeline's false claims from its right ones? (a study, out of fold)

For each fold of an `out_of_fold.py` WORKDIR (fold corpora corpusK and models modelsK), the fold's transcripts are run
through `testimony extract` with the fold's models, and each built claim is labelled right (matched to a gold claim by
`testimony eval`'s rule: same harm, overlapping evidence, one to one, greedy by overlap) or false. A classifier over
claim-level features (the claim's harm, confidence, evidence size, which fields the builder filled, its basis, the
other claims whose evidence overlaps it and their harms, the words of its evidence: harm words, negation, hearsay,
sight and irrealis cues) is trained on three folds' claims and scores the fourth's; a claim is dropped below a
threshold chosen on the other folds' held-out claims. The claim F1 of the kept claims, pooled over the folds, is the gain such a filter
could bring; the area under the ROC curve says how well the features part right from false claims.

Needs numpy and scikit-learn (Debian: `apt-get install python3-sklearn`, then run it with Debian's python3), and a
Release build.

Usage (from the repository root):
  python3 corpus/tools/claim_filter_study.py WORKDIR [--folds 4] [--corpus corpus] [--cli DLL]
"""

import argparse
import json
import math
import os
import re
import sys

try:
    import numpy as np
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score
except ImportError:
    sys.exit("claim_filter_study: needs numpy and scikit-learn (Debian: apt-get install python3-sklearn)")

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from agreement import HARMS, BASES, DEFAULT_CLI, ROOT, evidence, extract, file_id, match, overlap, read_lines  # noqa: E402

HARM_WORDS = {
    "KILLED": r"kill|dead|died|\bdie|bod(y|ies)|martyr|murder|slaughter|buried|grave|corpse",
    "INJURED": r"wound|injur|hurt|shrapnel|blood|bleed|burn|amputat|hospital|broke",
    "MISSING": r"missing|disappear|no news|never (came|saw)|vanish|whereabouts|searching",
    "DETAINED": r"arrest|detain|prison|took (him|them|her|my)|taken|jail|blindfold|captur|kidnap|abduct",
    "DISPLACED": r"fled|flee|\bleft\b|camp|displac|escap|leave|border",
    "PROPERTY_DAMAGE": r"destroy|damag|rubble|collaps|burn|flatten|ruin|roof|wall|house|gone",
}
NEGATION = re.compile(r"\b(no|not|never|nobody|nothing|didn't|wasn't|weren't|none)\b", re.I)
HEARSAY = re.compile(r"\b(told|said|say|heard|neighbours)\b", re.I)
SIGHT = re.compile(r"\b(i saw|we saw|i watched|with my own eyes|i was there)\b", re.I)
IRREALIS = re.compile(r"\b(would|will|if|threaten\w*|afraid|might|could)\b", re.I)


def features(content, claim, claims):
    spans = evidence(claim)
    text = " ".join(content[a:b] for a, b in spans)
    low = text.lower()
    confidence = claim.get("confidence") or 0.5
    victims = claim.get("victims") or {}
    others = [o for o in claims if o is not claim and overlap(evidence(o), spans) > 0]
    row = [1.0 if claim["harm"] == h else 0.0 for h in HARMS]
    row += [confidence, math.log(max(confidence, 1e-4) / max(1 - confidence, 1e-4))]
    row += [len(spans), math.log(1 + len(text)), text.count(".") + text.count("?") + text.count("!")]
    row += [victims.get("min") is not None, victims.get("max") is not None, bool(victims.get("named"))]
    row += [claim.get("weapon") is not None, claim.get("actor") is not None, claim.get("site") is not None,
            (claim.get("date") or {}).get("from") is not None]
    row += [1.0 if claim.get("basis") == b else 0.0 for b in BASES]
    row += [len(others)] + [1.0 if any(o["harm"] == h for o in others) else 0.0 for h in HARMS]
    row += [sum(1 for o in claims if o["harm"] == claim["harm"]), len(claims), spans[0][0] / max(1, len(content))]
    row += [1.0 if re.search(HARM_WORDS[claim["harm"]], low) else 0.0,
            sum(1.0 for h in HARMS if h != claim["harm"] and re.search(HARM_WORDS[h], low))]
    row += [len(NEGATION.findall(text)), len(HEARSAY.findall(text)), len(SIGHT.findall(text)),
            len(IRREALIS.findall(text)), "?" in text]
    row += [confidence * (1.0 if claim["harm"] == h else 0.0) for h in HARMS]
    return [float(x) for x in row]


def f1(right, false, gold):
    return 2 * right / (right + false + gold) if right + false + gold else 0.0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("workdir")
    parser.add_argument("--folds", type=int, default=4)
    parser.add_argument("--corpus", default=os.path.join(ROOT, "corpus"))
    parser.add_argument("--cli", default=DEFAULT_CLI)
    opts = parser.parse_args()
    gold = {d["id"]: d for d in read_lines(os.path.join(opts.corpus, "annotations", "gold.jsonl"))}
    rows, labels, folds, gold_by_fold = [], [], [], []
    for k in range(opts.folds):
        copy, models = os.path.join(opts.workdir, f"corpus{k}"), os.path.join(opts.workdir, f"models{k}")
        with open(os.path.join(copy, "split.tsv"), encoding="utf-8") as f:
            ids = [line.split("\t")[0] for line in f if line.rstrip("\n").endswith("\ttest")]
        gold_by_fold.append(sum(len(gold[tid]["claims"]) for tid in ids))
        for testimony in extract(opts.cli, copy, ids, models):
            claims = testimony["claims"]
            right = {p for _, p in match(gold[file_id(testimony["source"])]["claims"], claims)}
            for p, claim in enumerate(claims):
                rows.append(features(testimony["content"], claim, claims))
                labels.append(1 if p in right else 0)
                folds.append(k)
        print(f"fold {k}: {len(ids)} transcripts")
    x, y, fold = np.array(rows), np.array(labels), np.array(folds)
    gold_total = sum(gold_by_fold)
    print(f"built claims {len(y)}: right {int(y.sum())}, false {int(len(y) - y.sum())}, gold {gold_total}; "
          f"claim F1 {f1(int(y.sum()), int(len(y) - y.sum()), gold_total):.4f}")
    for name, make in (("logistic regression", lambda: LogisticRegression(C=1.0, max_iter=5000)),
                       ("boosted trees", lambda: HistGradientBoostingClassifier(max_iter=200, learning_rate=0.05,
                                                                                random_state=0))):
        probability = np.zeros(len(y))
        for k in range(opts.folds):
            train = fold != k
            probability[~train] = make().fit(x[train], y[train]).predict_proba(x[~train])[:, 1]
        # Each fold's threshold is the one best on the other folds' held-out claims.
        kept = np.zeros(len(y), bool)
        for k in range(opts.folds):
            others, gold_others = fold != k, gold_total - gold_by_fold[k]
            threshold = max(np.arange(0.0, 0.7, 0.02), key=lambda t: (f1(
                int(y[others & (probability >= t)].sum()), int((1 - y[others & (probability >= t)]).sum()),
                gold_others), -t))
            kept |= (fold == k) & (probability >= threshold)
        right, false = int(y[kept].sum()), int((1 - y[kept]).sum())
        print(f"{name}: AUC {roc_auc_score(y, probability):.3f}; threshold chosen on the other folds: right {right}, "
              f"false {false}, claim F1 {f1(right, false, gold_total):.4f}; at fixed thresholds " + ", ".join(
                  f"{t:.1f} {f1(int(y[probability >= t].sum()), int((1 - y[probability >= t]).sum()), gold_total):.4f}"
                  for t in (0.2, 0.3, 0.4, 0.5)))
    print(f"the claims' own confidence alone: AUC {roc_auc_score(y, x[:, len(HARMS)]):.3f}")


if __name__ == "__main__":
    main()
