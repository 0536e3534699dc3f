#!/usr/bin/env python3
"""Agreement of a second, independent annotation of claims with the gold corpus.

The models can be no better than the consistency of their labels (ANNOTATION.md). This tool scores a second
annotator's claims, made blind from the guidelines on transcripts of the corpus, against gold's with the rule
`testimony eval` uses for the pipeline's (same harm, overlapping evidence, one to one, greedy by overlap): claim
precision, recall and F1 with gold as the reference, harm macro-F1, and on matched claims the share whose victims min,
victims max, basis and weapon agree, with the 95% interval of claim F1 and harm macro-F1 over the transcripts (1,000
draws with replacement, a fixed seed). Where two careful readers of the same guidelines part, a model trained on one
of them cannot be expected to do better: the figures bound what the claim targets can ask of the corpus.

With --predictions FILE (the JSON Lines `testimony extract` writes, for example with out-of-fold models) it also scores
the pipeline on the same transcripts against gold, against the second annotation, and against the claims both
annotators agree on (a gold claim matched by the second annotator, with its harm), so that a model error can be told
from a disagreement of the labels.

The second annotation is JSON Lines, one line per transcript:
  {"id": "...", "claims": [{"harm": "KILLED", "min": 7, "max": 7, "basis": "WITNESSED", "weapon": "BARREL_BOMB",
                            "evidence": [{"start": 480, "end": 560, "quote": "..."}]}]}
with offsets into the content the project's reader decodes (as in gold.jsonl). Unless --no-check, each quote is
checked against that content, read with `testimony extract` (build first: `dotnet build -c Release`).

Usage (from the repository root):
  python3 corpus/tools/agreement.py corpus/agreement/second-claims.jsonl [--corpus corpus] [--predictions FILE]
"""

import argparse
import glob
import json
import math
import os
import random
import subprocess
import sys
import tempfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
DEFAULT_CLI = os.path.join(ROOT, "src", "TestimonyNlp.Cli", "bin", "Release", "net10.0", "testimony.dll")
HARMS = ("KILLED", "INJURED", "MISSING", "DETAINED", "DISPLACED", "PROPERTY_DAMAGE")
BASES = ("WITNESSED", "EXPERIENCED", "HEARSAY", "REPORTED")
DRAWS, SEED = 1000, 20261204


def evidence(claim):
    """A claim's evidence spans as (start, end) pairs, from any of the three shapes: gold's and extract's
    `evidence_spans`, extract's single `evidence`, or the second annotation's `evidence` list."""
    spans = claim.get("evidence_spans")
    if spans is None:
        spans = claim["evidence"] if isinstance(claim["evidence"], list) else [claim["evidence"]]
    return [(s["start"], s["end"]) for s in spans]


def victims(claim):
    v = claim.get("victims")
    return (v.get("min"), v.get("max")) if v is not None else (claim.get("min"), claim.get("max"))


def weapon(claim):
    return claim.get("weapon")


def overlap(a, b):
    return sum(max(0, min(x[1], y[1]) - max(x[0], y[0])) for x in a for y in b)


def match(reference, other):
    """Matched (reference, other) index pairs: same harm, overlapping evidence, one to one, greedy by overlap size,
    ties by reference then other order (`ClaimScorer.Match`)."""
    candidates = []
    for g, rc in enumerate(reference):
        for p, oc in enumerate(other):
            if rc["harm"] == oc["harm"]:
                size = overlap(evidence(rc), evidence(oc))
                if size > 0:
                    candidates.append((-size, g, p))
    candidates.sort()
    taken_reference, taken_other, pairs = set(), set(), []
    for _, g, p in candidates:
        if g not in taken_reference and p not in taken_other:
            taken_reference.add(g)
            taken_other.add(p)
            pairs.append((g, p))
    return pairs


class Tally:
    """Counts of one comparison over many transcripts: per transcript and harm (tp, fp, fn), and field agreement on
    matched claims."""

    FIELDS = ("victims_min", "victims_max", "basis", "weapon")

    def __init__(self):
        self.by_testimony = {}
        self.fields = {f: [0, 0] for f in self.FIELDS}
        self.basis = {}

    def add(self, tid, reference, other):
        pairs = match(reference, other)
        rows = []
        for harm in HARMS:
            tp = sum(1 for g, _ in pairs if reference[g]["harm"] == harm)
            rows.append((tp, sum(1 for c in other if c["harm"] == harm) - tp,
                         sum(1 for c in reference if c["harm"] == harm) - tp))
        self.by_testimony[tid] = rows
        for g, p in pairs:
            r, o = reference[g], other[p]
            for name, equal in (("victims_min", victims(r)[0] == victims(o)[0]),
                                ("victims_max", victims(r)[1] == victims(o)[1]),
                                ("basis", r.get("basis") == o.get("basis")),
                                ("weapon", weapon(r) == weapon(o))):
                self.fields[name][0] += equal
                self.fields[name][1] += 1
            key = (r.get("basis"), o.get("basis"))
            self.basis[key] = self.basis.get(key, 0) + 1
        return pairs


def figures(rows):
    """Claim precision, recall, F1 and harm macro-F1 (over harms with any claim) of a list of transcripts' rows."""
    sums = [[sum(r[h][k] for r in rows) for k in range(3)] for h in range(len(HARMS))]
    tp, fp, fn = (sum(s[k] for s in sums) for k in range(3))
    scored = [2 * s[0] / (2 * s[0] + s[1] + s[2]) for s in sums if 2 * s[0] + s[1] + s[2] > 0]
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * tp / (2 * tp + fp + fn) if 2 * tp + fp + fn else 0.0
    return sums, precision, recall, f1, (sum(scored) / len(scored) if scored else 0.0)


def interval(tally):
    ids = sorted(tally.by_testimony)
    draw = random.Random(SEED)
    f1s, macros = [], []
    for _ in range(DRAWS):
        rows = [tally.by_testimony[ids[draw.randrange(len(ids))]] for _ in ids]
        _, _, _, f1, macro = figures(rows)
        f1s.append(f1)
        macros.append(macro)

    def bounds(values):
        values = sorted(values)
        return values[max(0, math.ceil(0.025 * len(values)) - 1)], values[max(0, math.ceil(0.975 * len(values)) - 1)]

    return bounds(f1s), bounds(macros)


def report(title, tally, detail=True):
    sums, precision, recall, f1, macro = figures(list(tally.by_testimony.values()))
    (f_low, f_high), (m_low, m_high) = interval(tally)
    print(f"{title}: {len(tally.by_testimony)} transcripts")
    if detail:
        for harm, (tp, fp, fn) in zip(HARMS, sums):
            f = 2 * tp / (2 * tp + fp + fn) if 2 * tp + fp + fn else 0.0
            print(f"  {harm:16s} matched {tp:4d}  only second {fp:4d}  only reference {fn:4d}  F1 {f:.3f}")
    print(f"  claims: P {precision:.3f} R {recall:.3f} F1 {f1:.3f} ({f_low:.3f}-{f_high:.3f})"
          f"  harm macro-F1 {macro:.3f} ({m_low:.3f}-{m_high:.3f})")
    print("  on matched claims: " + "  ".join(
        f"{name} {equal / total:.3f} ({equal}/{total})" if total else f"{name} -"
        for name, (equal, total) in tally.fields.items()))
    if detail and tally.basis:
        print("  basis, reference (rows) against second (columns)")
        print("    " + " " * 12 + " ".join(f"{b[:4]:>4}" for b in BASES))
        for row in BASES:
            print(f"    {row:11s} " + " ".join(f"{tally.basis.get((row, col), 0):4d}" for col in BASES))


def read_lines(path):
    """The JSON objects of a JSON Lines file; a line that is not one stops the tool with the file and line named."""
    lines = []
    try:
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                if line.strip():
                    lines.append(json.loads(line))
    except (OSError, UnicodeDecodeError) as error:
        sys.exit(f"{path}: cannot be read: {error.__class__.__name__}")
    except json.JSONDecodeError as error:
        sys.exit(f"{path}:{number}: not a JSON object (column {error.colno})")
    return lines


def file_id(source):
    return os.path.basename(source).split(".", 1)[0]


def extract(cli, corpus, ids, models=None):
    """The testimony JSON `testimony extract` writes for the transcripts of `ids` (with the models of `models`, else
    the shipped ones)."""
    if not os.path.isfile(cli):
        sys.exit(f"no build at {cli}: run `dotnet build -c Release` first")
    with tempfile.TemporaryDirectory() as folder:
        transcripts = os.path.join(folder, "transcripts")
        os.mkdir(transcripts)
        for tid in ids:
            for path in glob.glob(os.path.join(corpus, "transcripts", tid + ".*")):
                os.symlink(os.path.abspath(path), os.path.join(transcripts, os.path.basename(path)))
        out = os.path.join(folder, "extract.jsonl")
        subprocess.run(["dotnet", cli, "extract", transcripts, "--out", out, "--quiet",
                        *(["--models", models] if models else [])],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return read_lines(out)


def contents(corpus, ids, cli):
    """The decoded content of each transcript, by id, as the project's reader gives it."""
    return {file_id(d["source"]): d["content"] for d in extract(cli, corpus, ids)}


def validate(second, gold, content):
    errors = []
    for number, line in enumerate(second, 1):
        if not isinstance(line, dict) or not isinstance(line.get("id"), str) or \
                not isinstance(line.get("claims"), list) or any(not isinstance(c, dict) or not isinstance(c.get("evidence"), list) for c in line["claims"]):
            errors.append(f"line {number}: not an object with an id and a list of claims, each with a list of evidence")
            continue
        tid = line.get("id")
        if tid not in gold:
            errors.append(f"{tid}: not in the gold corpus")
            continue
        for n, claim in enumerate(line["claims"], 1):
            if claim.get("harm") not in HARMS:
                errors.append(f"{tid} claim {n}: harm {claim.get('harm')!r} is not in the vocabulary")
            if claim.get("basis") not in BASES:
                errors.append(f"{tid} claim {n}: basis {claim.get('basis')!r} is not in the vocabulary")
            if content is not None:
                text = content.get(tid)
                for span in claim["evidence"]:
                    if not isinstance(span, dict) or not {"start", "end", "quote"} <= span.keys():
                        errors.append(f"{tid} claim {n}: evidence needs start, end and quote")
                    elif text is None or text[span["start"]:span["end"]] != span["quote"]:
                        errors.append(f"{tid} claim {n}: evidence {span['start']}-{span['end']} is not its quote")
    return errors


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("second", help="the second annotation (JSON Lines)")
    parser.add_argument("--corpus", default=os.path.join(ROOT, "corpus"))
    parser.add_argument("--predictions", help="`testimony extract` output for the same transcripts")
    parser.add_argument("--cli", default=DEFAULT_CLI)
    parser.add_argument("--no-check", action="store_true", help="do not check the quotes against the transcripts")
    opts = parser.parse_args()
    gold = {d["id"]: d for d in read_lines(os.path.join(opts.corpus, "annotations", "gold.jsonl"))}
    second = read_lines(opts.second)
    content = None if opts.no_check else contents(
        opts.corpus, [line["id"] for line in second if isinstance(line, dict) and isinstance(line.get("id"), str)],
        opts.cli)
    errors = validate(second, gold, content)
    if errors:
        for error in errors:
            print(f"{opts.second}: {error}", file=sys.stderr)
        sys.exit(1)

    agreement, agreed = Tally(), {}
    for line in second:
        reference = gold[line["id"]]["claims"]
        pairs = agreement.add(line["id"], reference, line["claims"])
        agreed[line["id"]] = [reference[g] for g, _ in pairs]
    gold_claims = sum(len(gold[line["id"]]["claims"]) for line in second)
    second_claims = sum(len(line["claims"]) for line in second)
    print(f"gold claims {gold_claims}, second annotator's claims {second_claims}")
    report("second annotator against gold (gold as the reference)", agreement)

    if opts.predictions:
        predicted = {file_id(d["source"]): d["claims"] for d in read_lines(opts.predictions)}
        missing = [line["id"] for line in second if line["id"] not in predicted]
        if missing:
            sys.exit(f"agreement: {opts.predictions} has no testimony for {', '.join(missing[:5])}")
        against_gold, against_second, against_agreed = Tally(), Tally(), Tally()
        for line in second:
            tid = line["id"]
            against_gold.add(tid, gold[tid]["claims"], predicted[tid])
            against_second.add(tid, line["claims"], predicted[tid])
            against_agreed.add(tid, agreed[tid], predicted[tid])
        report("pipeline against gold", against_gold, detail=False)
        report("pipeline against the second annotator", against_second, detail=False)
        report("pipeline against the claims both annotators agree on (recall is the figure to read)",
               against_agreed, detail=False)


if __name__ == "__main__":
    main()
