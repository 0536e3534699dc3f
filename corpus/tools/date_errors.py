#!/usr/bin/env python3
"""Where the claim dates that cost linking pairs come from, out of fold.

For each fold of an out_of_fold.py work folder, runs `testimony extract` on the fold's transcripts with the fold's
models, matches the pipeline's claims to the gold claims as `eval` does (same harm, overlapping evidence, one to one,
greedy by overlap size), and sorts each matched claim's date by kind (the kinds of `eval`'s "claim dates by kind").
The date errors of claims in gold incidents told by two or more of the fold's testimonies (those are the ones that
cost linking pairs) are then put in buckets by cause:
  - missing: the mention holding gold's value was tagged and left unresolved (null) or resolved elsewhere, was not
    tagged, or no mention holds gold's value (outside knowledge);
  - years_off / further: the year differs or not; a mention resolved near gold's value lies before the claim's end
    but the claim took another (mention chosen); the mention holding gold's value was resolved elsewhere or not
    tagged; or no mention holds it; each with whether the claim's date words tell a year (told) or not (defaulted).
Every bucket is split by whether the testimony has an interview date.

With --rows FILE it also writes one tab-separated line per matched claim: fold, testimony id, evidence start and end
offsets, predicted and gold date (from..to), kind, whether the testimony has an interview date, whether the claim's
gold incident is told by two or more testimonies of the fold, and the bucket. Offsets and dates only, no testimony
text.

Usage (from the repository root, after `dotnet build -c Release` and out_of_fold.py has trained the folds):
  python3 corpus/tools/date_errors.py WORKDIR [--folds 4] [--cli DLL] [--out DIR] [--rows FILE]
The extract output of each fold is kept in --out (default: a new temporary folder) and reused when present.
"""

import argparse
import collections
import datetime
import json
import os
import re
import subprocess
import sys
import tempfile

KINDS = ['exact', 'wider', 'narrower', 'straddling', 'days_off', 'years_off', 'further', 'missing', 'extra', 'both_undated']
DAYS_OFF_MAX = 7
YEAR = re.compile(r'(?<!\d)(19|20)\d\d(?!\d)')
YEAR_WORDS = re.compile(r'\b(year|years|ago)\b', re.IGNORECASE)


def day(text):
    return datetime.date.fromisoformat(text) if text else None


def normalized_range(value):
    """A DATE mention's `normalized` value (FROM..TO or one day) as a pair of dates, or None."""
    if not value:
        return None
    first, _, last = value.partition('..')
    return (day(first), day(last or first))


def claim_range(claim):
    date = claim.get('date') or {}
    return (day(date['from']), day(date.get('to') or date['from'])) if date.get('from') else None


def tells_year(text):
    """As DateYears.Tells: a four-digit year 1900-2099, or words counting years from the interview."""
    return bool(text) and (bool(YEAR.search(text)) or bool(YEAR_WORDS.search(text)))


def kind(gold, predicted):
    """As ClaimDateKinds.Of."""
    if not gold or not predicted:
        return 'missing' if gold else 'extra' if predicted else 'both_undated'
    if gold == predicted:
        return 'exact'
    if gold[0] <= predicted[1] and predicted[0] <= gold[1]:
        if predicted[0] <= gold[0] and predicted[1] >= gold[1]:
            return 'wider'
        return 'narrower' if predicted[0] >= gold[0] and predicted[1] <= gold[1] else 'straddling'
    gap = (gold[0] - predicted[1]).days if predicted[1] < gold[0] else (predicted[0] - gold[1]).days
    if gap <= DAYS_OFF_MAX:
        return 'days_off'
    return 'years_off' if predicted[0].year != gold[0].year and predicted[0].month == gold[0].month else 'further'


def spans(claim):
    return [(s['start'], s['end']) for s in (claim.get('evidence_spans') or [claim['evidence']])]


def overlap(a, b):
    return sum(max(0, min(x[1], y[1]) - max(x[0], y[0])) for x in a for y in b)


def match(gold_claims, predicted_claims):
    """As ClaimScorer.Match: same harm, overlapping evidence, one to one, greedy by overlap size."""
    candidates = []
    for g, gold in enumerate(gold_claims):
        for p, predicted in enumerate(predicted_claims):
            if gold['harm'] == predicted['harm']:
                shared = overlap(spans(gold), spans(predicted))
                if shared > 0:
                    candidates.append((-shared, g, p))
    candidates.sort()
    taken_gold, taken_predicted = set(), set()
    for _, g, p in candidates:
        if g not in taken_gold and p not in taken_predicted:
            taken_gold.add(g)
            taken_predicted.add(p)
            yield g, p


def near(mention_range, gold):
    return mention_range and gold and mention_range[0] <= gold[1] and gold[0] <= mention_range[1] \
        and abs((mention_range[0] - gold[0]).days) <= DAYS_OFF_MAX


def bucket(date_kind, gold, predicted, text, end, predicted_mentions, gold_mentions):
    """The cause of a date error of kind years_off, further or missing, or None for the other kinds."""
    if date_kind not in ('years_off', 'further', 'missing'):
        return None
    at_gold = [m for m in gold_mentions if m[2] == gold]
    tagged = [p for m in at_gold for p in predicted_mentions if p[0] < m[1] and m[0] < p[1]]
    if date_kind == 'missing':
        if not at_gold:
            return 'missing: no mention of gold value'
        if not tagged:
            return 'missing: gold mention untagged'
        return 'missing: gold mention resolved ' + ('null' if all(p[2] is None for p in tagged) else 'elsewhere')
    cause = date_kind + (': year differs' if predicted[0].year != gold[0].year else ': same year')
    if any(near(m[2], gold) for m in predicted_mentions if m[1] <= end):
        return cause + ', right mention before: chosen other'
    year = 'told' if tells_year(text) else 'defaulted'
    if tagged:
        return cause + ', gold mention resolved elsewhere, year ' + year
    if at_gold:
        return cause + ', gold mention untagged'
    return cause + ', no gold mention, year ' + year


def fold_rows(workdir, fold, cli, out):
    corpus = os.path.join(workdir, f'corpus{fold}')
    test = []
    with open(os.path.join(corpus, 'split.tsv'), encoding='utf-8') as split:
        for line in split:
            parts = line.split()
            if len(parts) == 2 and parts[1] == 'test':
                test.append(parts[0])
    gold = {}
    with open(os.path.join(corpus, 'annotations', 'gold.jsonl'), encoding='utf-8') as annotations:
        for line in annotations:
            testimony = json.loads(line)
            if testimony['id'] in test:
                gold[testimony['id']] = testimony
    extracted = os.path.join(out, f'extract{fold}.jsonl')
    if not os.path.exists(extracted):
        files = [os.path.join(corpus, gold[i]['source']) for i in sorted(gold)]
        subprocess.run(['dotnet', cli, 'extract', *files, '--models', os.path.join(workdir, f'models{fold}'),
                        '--quiet', '--out', extracted], check=True)
    told_by = collections.defaultdict(set)
    for testimony in gold.values():
        for claim in testimony['claims']:
            if claim.get('incident'):
                told_by[claim['incident']].add(testimony['id'])
    rows = []
    with open(extracted, encoding='utf-8') as lines:
        for line in lines:
            predicted = json.loads(line)
            testimony_id = os.path.splitext(os.path.basename(predicted['source']))[0]
            testimony = gold[testimony_id]
            mentions = lambda t: [(e['start'], e['end'], normalized_range(e.get('normalized')))
                                  for e in t['entities'] if e['type'] == 'DATE']
            predicted_mentions, gold_mentions = mentions(predicted), mentions(testimony)
            interview = testimony['metadata'].get('interview_date') is not None
            for g, p in match(testimony['claims'], predicted['claims']):
                gold_claim, claim = testimony['claims'][g], predicted['claims'][p]
                gold_range, predicted_range = claim_range(gold_claim), claim_range(claim)
                date_kind = kind(gold_range, predicted_range)
                evidence = spans(claim)
                start, end = min(s for s, _ in evidence), max(e for _, e in evidence)
                shared = len(told_by.get(gold_claim.get('incident'), ())) >= 2
                text = (claim.get('date') or {}).get('text')
                cause = bucket(date_kind, gold_range, predicted_range, text, end, predicted_mentions, gold_mentions)
                rows.append((fold, testimony_id, start, end, predicted_range, gold_range, date_kind, interview, shared, cause))
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('workdir')
    parser.add_argument('--folds', type=int, default=4)
    parser.add_argument('--cli', default='src/TestimonyNlp.Cli/bin/Release/net10.0/testimony.dll')
    parser.add_argument('--out', help='folder for the folds\' extract output (reused when present)')
    parser.add_argument('--rows', help='also write one tab-separated line per matched claim to FILE')
    args = parser.parse_args()
    out = args.out or tempfile.mkdtemp(prefix='date-errors-')
    os.makedirs(out, exist_ok=True)
    rows = [row for fold in range(args.folds) for row in fold_rows(args.workdir, fold, args.cli, out)]

    kinds = collections.Counter((r[6], r[8]) for r in rows)
    print(f'matched claims {len(rows)}, in incidents two or more testimonies tell {sum(1 for r in rows if r[8])}')
    print('kind          all  shared')
    for k in KINDS:
        print(f'{k:12} {kinds[(k, True)] + kinds[(k, False)]:4} {kinds[(k, True)]:7}')
    print('\ndate errors of shared incidents by cause (with / without an interview date)')
    causes = collections.Counter((r[9], r[7]) for r in rows if r[8] and r[9])
    for cause in sorted({c for c, _ in causes}):
        print(f'{causes[(cause, True)]:4} {causes[(cause, False)]:4}  {cause}')

    if args.rows:
        show = lambda r: f'{r[0]}..{r[1]}' if r else ''
        with open(args.rows, 'w', encoding='utf-8') as file:
            file.write('fold\ttestimony\tevidence_start\tevidence_end\tpredicted\tgold\tkind\tinterview_date\tshared\tcause\n')
            for r in rows:
                file.write('\t'.join(str(v) for v in (r[0], r[1], r[2], r[3], show(r[4]), show(r[5]), r[6],
                                                      int(r[7]), int(r[8]), r[9] or '')) + '\n')
    return 0


if __name__ == '__main__':
    sys.exit(main())
