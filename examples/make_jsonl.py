#!/usr/bin/env python3
"""Regenerate examples/articles.jsonl from the .txt files in examples/articles/.

Each .txt file is one article: first line the headline, a blank line, then paragraphs
separated by blank lines. The JSONL line carries the file's full text unchanged (headline
included), plus the metadata below. Run from anywhere: python3 examples/make_jsonl.py
"""
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
ARTICLES = HERE / "articles"
OUT = HERE / "articles.jsonl"

# filename -> (date, source); the timeline runs Monday 2 March to Monday 9 March 2026.
META = {
    "01-meridian-wire-geneva-talks-open.txt": ("2026-03-02", "Meridian Wire"),
    "02-harbour-post-volkov-no-deal-without-guarantees.txt": ("2026-03-03", "Harbour Post"),
    "03-northgate-times-odesa-strike.txt": ("2026-03-04", "Northgate Times"),
    "04-continental-daily-defence-ministry-denial.txt": ("2026-03-05", "Continental Daily"),
    "05-lakeshore-courier-security-council-veto.txt": ("2026-03-06", "Lakeshore Courier"),
    "06-capitol-ledger-whitcombe-gift-to-moscow.txt": ("2026-03-07", "Capitol Ledger"),
    "07-frontier-business-review-nordvega-sanctions.txt": ("2026-03-08", "Frontier Business Review"),
    "08-pacific-dispatch-nordvega-shares-slide.txt": ("2026-03-09", "Pacific Dispatch"),
}


def slug(name: str) -> str:
    # "03-northgate-times-odesa-strike.txt" -> "northgate-times-odesa-strike"
    return name.split("-", 1)[1].rsplit(".", 1)[0]


def main() -> int:
    files = sorted(p.name for p in ARTICLES.glob("*.txt"))
    if sorted(META) != files:
        print("make_jsonl.py: META does not match examples/articles/*.txt:",
              sorted(set(files) ^ set(META)), file=sys.stderr)
        return 1
    lines = []
    for name in files:
        text = (ARTICLES / name).read_text(encoding="utf-8")
        date, source = META[name]
        lines.append(json.dumps({
            "id": name,
            "title": text.split("\n", 1)[0],
            "date": date,
            "url": f"https://example.org/{slug(name)}",
            "source": source,
            "text": text,
        }, ensure_ascii=False))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} articles to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
