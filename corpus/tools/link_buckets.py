#!/usr/bin/env python3
"""Why the pipeline's claims miss the pairs of gold incidents they miss: each missed pair by the first reason it fails.

Reads the files `testimony eval --link-errors PREFIX` writes (PREFIX-pipeline.tsv and PREFIX-gold.tsv; give one prefix
per fold) and puts every missed pair of two testimonies' accounts of one gold incident in the first bucket that holds it:
  - no claim: one side has no claim standing for its account;
  - dates apart: the closest accounts conflict and their dates lie apart (datesApart);
  - site apart / weapons apart: the conflict is the sites' (different towns) or only the weapons';
  - coarse: no more than a month or a year in common (or no date) at two sites neither equal nor nested;
  - under the threshold: no conflict, but the closest accounts score under the link threshold (3.5);
  - linked directly, not merged: the closest accounts link on their own, but their incidents were not merged;
  - not compared: no conflict and a score at the threshold, yet the pair was never weighed (blocked).
Dates apart, coarse and under the threshold are split by the worse kind (as `eval`'s "claim dates by kind") of the two
sides' dates against gold's, each side being the claims of its closest account that stand for the gold account.
With --sides BUCKET,... it also counts the sides of those buckets whose kind is not exact, narrower or wider, by
testimony and gold incident. Ids, day numbers and kinds only: no testimony text.

Usage: python3 corpus/tools/link_buckets.py PREFIX... [--sides BUCKETS] [--list BUCKET]
"""

import argparse
import collections
import datetime

from date_errors import kind

KINDS = ['none', 'exact', 'narrower', 'wider', 'straddling', 'days_off', 'years_off', 'further', 'missing', 'extra',
         'both_undated']
THRESHOLD = 3.5


def day_range(first, last):
    if first == '-':
        return None
    return (datetime.date.fromisoformat(first), datetime.date.fromisoformat(last if last != '-' else first))


def worse(a, b):
    return max(a, b, key=KINDS.index)


def read(prefix):
    pipeline = [line.rstrip('\n').split('\t') for line in open(prefix + '-pipeline.tsv', encoding='utf-8')]
    gold_dates = collections.defaultdict(list)
    for row in (line.rstrip('\n').split('\t') for line in open(prefix + '-gold.tsv', encoding='utf-8')):
        if row[0] == 'claim':
            gold_dates[(row[2], row[3])].append(day_range(row[11], row[12]))
    accounts = collections.defaultdict(list)
    for row in pipeline:
        if row[0] == 'claim':
            accounts[row[4]].append(row)
    return pipeline, gold_dates, accounts


def side_kind(testimony, gold, account, gold_dates, accounts):
    """The worst kind among the account's claims that stand for the gold account (all its claims when none does),
    each against the nearest of gold's dates for that account."""
    kinds = []
    for claim in accounts.get(account, []):
        predicted = day_range(claim[11], claim[12])
        nearest = min((kind(g, predicted) for g in gold_dates.get((testimony, gold)) or [None]), key=KINDS.index)
        kinds.append((nearest, claim[3] == gold))
    own = [k for k, mine in kinds if mine] or [k for k, _ in kinds]
    return max(own, key=KINDS.index) if own else 'none'


def bucket(row, gold_dates, accounts):
    testimony_x, gold_x, testimony_y, gold_y = row[1:5]
    account_x, account_y, score, conflict, direct = row[7:12]
    if score == 'none':
        return 'no claim', '', ('none', 'none')
    features = dict(kv.split('=', 1) for kv in row[12].split()) if len(row) > 12 and row[12] else {}
    sides = (side_kind(testimony_x, gold_x, account_x, gold_dates, accounts),
             side_kind(testimony_y, gold_y, account_y, gold_dates, accounts))
    if conflict == 'conflict':
        if features.get('datesApart') == 'True':
            return 'dates apart', worse(*sides), sides
        if features.get('site') == 'Apart':
            return 'site apart', '', sides
        if features.get('weapon') == '-1':
            return 'weapons apart', '', sides
        return 'coarse', worse(*sides), sides
    if float(score) < THRESHOLD:
        return 'under the threshold', worse(*sides), sides
    if direct == 'direct':
        return 'linked directly, not merged', '', sides
    return 'not compared', '', sides


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('prefixes', nargs='+')
    parser.add_argument('--sides', help='comma list of buckets whose wrong sides to count')
    parser.add_argument('--list', help='print the missed pairs of this bucket (ids and features)')
    opts = parser.parse_args()
    buckets, kinds, sides = collections.Counter(), collections.Counter(), collections.Counter()
    for prefix in opts.prefixes:
        pipeline, gold_dates, accounts = read(prefix)
        for row in pipeline:
            if row[0] != 'missed':
                continue
            name, worst, (kind_x, kind_y) = bucket(row, gold_dates, accounts)
            buckets[name] += 1
            kinds[(name, worst)] += 1
            if opts.sides and name in opts.sides.split(','):
                for testimony, gold, k in ((row[1], row[2], kind_x), (row[3], row[4], kind_y)):
                    if k not in ('exact', 'narrower', 'wider', 'none'):
                        sides[(name, k)] += 1
            if opts.list == name:
                print('\t'.join(row[1:12] + [kind_x, kind_y] + row[12:]))
    print(f'missed pairs: {sum(buckets.values())}')
    for name, n in buckets.most_common():
        split = ', '.join(f'{k} {c}' for (b, k), c in sorted(kinds.items(), key=lambda x: -x[1]) if b == name and k)
        print(f'  {name:30s} {n:4d}' + (f'  ({split})' if split else ''))
    if sides:
        print('wrong sides (not exact, narrower or wider):')
        for (name, k), n in sides.most_common():
            print(f'  {name:30s} {k:12s} {n:4d}')


if __name__ == '__main__':
    main()
