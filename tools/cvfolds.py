#!/usr/bin/env python3
"""cvfolds.py: tools/cvscore.sh's scoring.

The folds' findings together (corrupted-N.json and clean-N.json joined into
diagnostics.json, scored with the eval's score.py: the out-of-fold figure),
then each held-out fold of the pool half scored alone (precision and recall of
the core rules, with the eval's score.py on the fold's labels), and, with
--also, the same five builds on another half (precision, recall and
clean-text findings per 10k words). Then, per rule, how many findings in
the corrupted texts no label overlaps recur word for word in the clean
twin: the page's own text (a lost space or a typo of the real page, which
the clean text keeps), not damage the pool added. Aggregate figures only:
no finding is printed.

    cvfolds.py --pool HALF --out OUT_DIR [--also HALF] [--score score.py]

OUT_DIR is cvscore.sh's: fold-N.txt (the fold's files), corrupted-N.json,
clean-N.json, and with --also also-corrupted-N.json and also-clean-N.json.
"""
import argparse
import json
import os
import subprocess
import sys

RULES = ["missing-space", "hyphen-break", "boilerplate", "name-consistency"]
FOLDS = 5


def score(script, cwd, args):
    """Runs score.py with --json in cwd and returns its report."""
    out = subprocess.run([sys.executable, script, "--json"] + args, cwd=cwd,
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def fold_labels(pool, names, path):
    """Writes the labels of the corrupted files in names to path."""
    keep = {"corrupted/" + n for n in names}
    n = 0
    with open(os.path.join(pool, "labels.jsonl"), encoding="utf-8") as src, open(path, "w", encoding="utf-8") as dst:
        for line in src:
            if line.strip() and json.loads(line)["file"] in keep:
                dst.write(line)
                n += 1
    return n


def rel(path):
    """The corrupted/NAME or clean/NAME part of a finding's path."""
    for part in ("corrupted/", "clean/"):
        if part in path:
            return path[path.index(part):]
    return path


def overlaps(a, b, s, e):
    """score.py's test for one range: overlap, or touching when either is
    empty. (score.py matches boilerplate by line and one to one; here a
    finding is explained by any label its bytes meet.)"""
    if a == b or s == e:
        return s <= b and a <= e
    return a < e and s < b


def twins(diags, half):
    """Per rule: findings in corrupted texts that no label of the rule
    overlaps, how many of them the clean twin has too (same file, same
    message), and the findings in clean texts."""
    labels = {}
    with open(os.path.join(half, "labels.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                l = json.loads(line)
                labels.setdefault((l["file"], l["rule"]), []).append((l["offset"], l["end_offset"]))
    in_clean = set()
    for d in diags:
        f = rel(d["file"])
        if f.startswith("clean/"):
            in_clean.add((d["rule"], f[len("clean/"):], d["message"]))
    out = {r: [0, 0, 0] for r in RULES}
    for d in diags:
        f, r = rel(d["file"]), d["rule"]
        if r not in out:
            continue
        if f.startswith("clean/"):
            out[r][2] += 1
            continue
        spans = labels.get((f, r), [])
        if any(overlaps(d["offset"], d["end_offset"], s, e) for s, e in spans):
            continue
        out[r][0] += 1
        if (r, f[len("corrupted/"):], d["message"]) in in_clean:
            out[r][1] += 1
    return out


def join(paths, out):
    """Writes the findings of the JSON files at paths, in order, to out."""
    diags = []
    for p in paths:
        with open(p, encoding="utf-8") as fh:
            diags += json.load(fh)
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(diags, fh)
    return diags


def pr(rule_report):
    return "%.3f %.3f" % (rule_report["precision"], rule_report["recall"])


def spread(values):
    return "%.3f-%.3f" % (min(values), max(values))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pool", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--also")
    ap.add_argument("--score", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared", "eval", "score.py"))
    a = ap.parse_args()
    script = os.path.abspath(a.score)
    pooled = join([os.path.join(a.out, "%s-%d.json" % (part, f)) for part in ("clean", "corrupted") for f in range(FOLDS)],
                  os.path.join(a.out, "diagnostics.json"))
    sys.stdout.flush()
    subprocess.run([sys.executable, script, "--labels", "labels.jsonl", "--clean-dir", "clean",
                    "--diagnostics", os.path.join(a.out, "diagnostics.json")], cwd=a.pool, check=True)
    held, other = [], []
    for f in range(FOLDS):
        with open(os.path.join(a.out, "fold-%d.txt" % f), encoding="utf-8") as fh:
            names = [l.strip() for l in fh if l.strip()]
        labels = os.path.join(a.out, "labels-%d.jsonl" % f)
        fold_labels(a.pool, names, labels)
        held.append(score(script, a.pool, ["--labels", labels, "--root", a.pool,
                                           "--diagnostics", os.path.join(a.out, "corrupted-%d.json" % f)])["labels"]["rules"])
        if a.also:
            both = os.path.join(a.out, "also-%d.json" % f)
            join([os.path.join(a.out, "also-%s-%d.json" % (part, f)) for part in ("corrupted", "clean")], both)
            r = score(script, a.also, ["--labels", "labels.jsonl", "--clean-dir", "clean", "--diagnostics", both])
            other.append((r["labels"]["rules"], r["clean"]["rules"]))
    print()
    print("per fold: P R of the held-out fold" + (" | P R, clean per 10k words, of the same build on %s" % a.also if a.also else ""))
    for rule in RULES:
        print(rule)
        for f in range(FOLDS):
            line = "  fold %d: %s (%d labels)" % (f, pr(held[f][rule]), held[f][rule]["labels"])
            if other:
                lab, cl = other[f]
                line += " | %s, %.3f" % (pr(lab[rule]), cl[rule]["per_10k_words"])
            print(line)
        line = "  recall spread among the folds %s" % spread([h[rule]["recall"] for h in held])
        if other:
            rec = [o[0][rule]["recall"] for o in other]
            line += " | mean recall of the five builds %.3f (%s)" % (sum(rec) / len(rec), spread(rec))
        print(line)
    print()
    print("findings in corrupted texts no label overlaps, and how many recur in the clean twin (the page's own text); findings in clean texts")
    sets = [("out of fold", twins(pooled, a.pool))]
    if a.also:
        with open(os.path.join(a.out, "also-0.json"), encoding="utf-8") as fh:
            sets.append(("fold 0's build on " + os.path.basename(a.also.rstrip("/")), twins(json.load(fh), a.also)))
    for rule in RULES:
        print(rule + ": " + "; ".join("%s %d unmatched, %d in the twin, %d in clean texts" % (name, *t[rule]) for name, t in sets))


if __name__ == "__main__":
    main()
