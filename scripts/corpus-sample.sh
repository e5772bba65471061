#!/usr/bin/env bash
# Extract the 16 articles annotated in testdata/corpus-gold.yaml from the
# ANT news corpus (research-use licence: the texts are not kept in this
# repository).
#
# Usage: scripts/corpus-sample.sh [CORPUS.jsonl.gz] [OUTPUT.jsonl]
#   CORPUS defaults to ../shared/corpus/ant-news-2018.jsonl.gz relative to the
#   repository root; output goes to stdout unless OUTPUT is given.
#
# How the ids below were chosen (re-run with --select to reproduce them):
# among articles whose category is middleEast or internationalNews and whose
# text contains at least one of استقبل، التقى، اجتمع، لقاء، محادثات، مباحثات، قمة
# (3,364 candidates), random.Random(2018).sample(sorted(candidate_ids), 16).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
select=0
if [[ "${1:-}" == "--select" ]]; then select=1; shift; fi
corpus="${1:-$root/../shared/corpus/ant-news-2018.jsonl.gz}"
out="${2:-}"

if [[ ! -r "$corpus" ]]; then
  echo "corpus-sample: cannot read corpus file: $corpus" >&2
  exit 1
fi

ids=(
  SK-internationalNews-1239-20180428
  BB-internationalNews-407-20180425
  AL-internationalNews-1558-20180611
  FR-internationalNews-2227-20180709
  SK-internationalNews-2558-20180710
  SK-internationalNews-335-20180314
  FR-middleEast-717-20180702
  CN-middleEast-279-20180316
  BB-internationalNews-309-20180407
  FR-internationalNews-2748-20180817
  SK-internationalNews-1251-20180429
  SK-internationalNews-1489-20180509
  CN-internationalNews-436-20180606
  CN-internationalNews-435-20180605
  AL-internationalNews-1661-20180617
  AL-internationalNews-1764-20180624
)

run() {
  SAMPLE_SELECT="$select" python3 - "$corpus" "${ids[@]}" <<'PY'
import gzip, json, os, random, sys

corpus, ids = sys.argv[1], sys.argv[2:]
words = ["استقبل", "التقى", "اجتمع", "لقاء", "محادثات", "مباحثات", "قمة"]
opener = gzip.open if corpus.endswith(".gz") else open

if os.environ.get("SAMPLE_SELECT") == "1":
    cand = []
    with opener(corpus, "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d.get("category") in ("middleEast", "internationalNews") and any(
                w in (d.get("text") or "") for w in words
            ):
                cand.append(d["id"])
    for i in random.Random(2018).sample(sorted(cand), 16):
        print(i)
    sys.exit(0)

found = {}
with opener(corpus, "rt", encoding="utf-8") as f:
    for line in f:
        d = json.loads(line)
        if d.get("id") in ids:
            found[d["id"]] = line.rstrip("\n")
missing = [i for i in ids if i not in found]
if missing:
    sys.stderr.write("corpus-sample: missing ids: %s\n" % " ".join(missing))
    sys.exit(1)
out = sys.stdout
for i in ids:
    out.write(found[i] + "\n")
PY
}

if [[ -n "$out" ]]; then
  run >"$out"
else
  run
fi
