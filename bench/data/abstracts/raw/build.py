"""Build abstracts_labelled.csv from the transcribed batches in raw/batch_*.py.

Each batch file defines R = [dict(title=..., abstract=..., labels=..., source=..., licence=..., note=..., cut=bool)].
`cut=True` means the stored copy we read was itself cut off (search excerpt), so the text is
trimmed back to the last full sentence and marked "[...]". Abstracts longer than ~1500 characters
are trimmed the same way.
"""
import csv, glob, importlib.util, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "abstracts_labelled.csv")
VOCAB = {
    "stra:advanced-digital-infrastructure", "stra:advanced-energy", "stra:advanced-materials-manufacturing",
    "stra:advanced-sensing-surveillance", "stra:advanced-weapons", "stra:aerospace-space-satellite",
    "stra:ai-big-data", "stra:human-machine-integration", "stra:life-science", "stra:quantum-science",
    "stra:robotics-autonomous", "ukcn:health", "ukcn:climate", "ukcn:planetary", "ukcn:agri",
    "ukcn:satellites", "ukcn:remote-sensing", "ukcn:robotics",
}
LIMIT = 1500
# Batches labelled after the vocabulary and the second-opinion heads were fixed, which never train heads
# (bench_classification.py): the test split is only measured; the validation split, fresh to both the vocabulary and
# the heads, chooses the second opinion's two thresholds (policies/_build/train_opinion.py) and is then measured too.
# A batch after these must be given a split here: the build stops rather than let new rows train heads unnoticed.
# Tuning rows have an empty split in the CSV.
TUNING_UNTIL = 20
SPLIT_OF_BATCH = {21: "test", 22: "test", 23: "test", 24: "validation", 25: "validation",
                  26: "tuning", 27: "tuning", 28: "tuning", 29: "tuning", 30: "test", 31: "test"}


def split_of(path):
    number = int(re.search(r"\d+", os.path.basename(path)).group())
    if number > TUNING_UNTIL and number not in SPLIT_OF_BATCH:
        sys.exit(f"{path}: say in SPLIT_OF_BATCH whether this batch is a tuning, test or validation batch")
    split = SPLIT_OF_BATCH.get(number, "tuning")
    return "" if split == "tuning" else split

def trim(text, cut):
    text = re.sub(r"\s+", " ", text).strip()
    if not cut and len(text) <= LIMIT:
        return text
    head = text[:LIMIT] if len(text) > LIMIT else text
    # last sentence end
    m = list(re.finditer(r"[.!?][\"')\]]?(?=\s)", head + " "))
    if m:
        head = head[: m[-1].end()]
    return head.rstrip() + " [...]"

rows, seen = [], set()
for path in sorted(glob.glob(os.path.join(HERE, "batch_*.py"))):
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
    mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
    for r in mod.R:
        labels = [l.strip() for l in r.get("labels", "").split(";") if l.strip()]
        bad = [l for l in labels if l not in VOCAB]
        if bad:
            sys.exit(f"{path}: bad labels {bad} in {r['title']}")
        key = r["title"].strip().lower()
        if key in seen:
            sys.exit(f"duplicate title {r['title']}")
        seen.add(key)
        rows.append(dict(title=r["title"].strip(), abstract=trim(r["abstract"], r.get("cut", False)),
                         labels=";".join(sorted(labels)), source=r["source"], licence=r["licence"],
                         note=r.get("note", ""),
                         split=split_of(path)))
for i, r in enumerate(rows, 1):
    r["id"] = f"abs-{i:03d}"
with open(OUT, "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=["id", "title", "abstract", "labels", "source", "licence", "note", "split"])
    w.writeheader(); w.writerows(rows)
c = Counter(l for r in rows for l in r["labels"].split(";") if l)
print("rows", len(rows))
print("empty (benign)", sum(1 for r in rows if not r["labels"]))
print("no stra label", sum(1 for r in rows if not any(l.startswith("stra:") for l in r["labels"].split(";"))))
print("hard", sum(1 for r in rows if "hard:" in r["note"]))
for l in sorted(VOCAB):
    print(f"{c[l]:4d} {l}")
