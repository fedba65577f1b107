"""A reproducible benchmark corpus: real news sentences (the real-news development set, the
GigaWord sample and the sample corpus), recombined into dated articles with a seeded random
generator. The PETRARCH unit-test records are left out: their invented actors are skipped by
triage, which made the coder look faster than it is on news."""

from __future__ import annotations

import json
import random
import re
from datetime import date, timedelta
from pathlib import Path

from coders.evaluation import COMMENT

SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def source_sentences(shared: Path, examples: Path) -> list[str]:
    """Every sentence of the real-news development set, the GigaWord sample and the sample
    corpus."""
    texts: list[str] = []
    gigaword = shared / "validation" / "GigaWord.sample.PETR.xml"
    if gigaword.exists():
        raw = COMMENT.sub("", gigaword.read_text(encoding="utf-8"))
        texts += [" ".join(t.split()) for t in re.findall(r"<Text>(.*?)</Text>", raw, re.S)]
    realnews = shared / "validation" / "realnews-dev.jsonl"
    if realnews.exists():
        lines = realnews.read_text(encoding="utf-8").splitlines()
        texts += [json.loads(line)["text"] for line in lines if line.strip()]
    for line in (examples / "wire.jsonl").read_text(encoding="utf-8").splitlines():
        texts.append(json.loads(line)["text"])
    sentences = {s.strip() for text in texts for s in SENTENCE_END.split(text) if s.strip()}
    return sorted(sentences)


def build_corpus(sentences: list[str], articles: int, out: Path, seed: int = 7) -> Path:
    """`articles` JSON lines of 3 to 8 sentences each, dated 2015-2024."""
    generator = random.Random(seed)
    start = date(2015, 1, 1)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as handle:
        for number in range(articles):
            body = " ".join(generator.choice(sentences) for _ in range(generator.randint(3, 8)))
            day = start + timedelta(days=generator.randrange(3650))
            record = {
                "id": f"bench-{number}",
                "date": day.isoformat(),
                "text": body,
                "publisher": "Benchmark",
            }
            handle.write(json.dumps(record) + "\n")
    return out
