#!/usr/bin/env python3
"""Prints the most frequent head nouns of unnamed sources in a PolNeAR split's annotations, the list
src/main/resources/extract/statements/anonymous-heads.txt was extended from (reviewed by hand:
pronouns, relative words and publication nouns dropped; kept as lemmas).
usage: scripts/polnear-source-heads.py /work/polnear/data/train [N]   (never run it on the test split)"""
import collections, glob, os, re, sys

split, n = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 120
heads = collections.Counter()
for ann in glob.glob(os.path.join(split, "attributions", "*.ann")):
    for line in open(ann, encoding="utf-8"):
        p = line.rstrip("\n").split("\t")
        if not (p[0].startswith("T") and len(p) >= 3 and p[1].startswith("Source")):
            continue
        words = re.findall(r"[A-Za-z][A-Za-z'-]*", p[2])
        content = [w for w in words if w.lower() not in ("the", "a", "an")]
        if words and len(words) <= 6 and not any(w[0].isupper() for w in content):
            heads[words[-1].lower()] += 1
for head, count in heads.most_common(n):
    print(f"{count}\t{head}")
