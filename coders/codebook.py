"""The CAMEO codebook: root, quad class, Goldstein score, PLOVER category per code."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from coders.errors import DictionaryError


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO event code with the facts the codebook gives for it."""

    code: str
    root: str
    quad_class: int
    goldstein: float
    plover: str | None
    description: str


@dataclass(frozen=True)
class Codebook:
    """All CAMEO event codes, looked up by their text form (leading zeros kept)."""

    codes: dict[str, CameoCode]

    def get(self, code: str) -> CameoCode | None:
        return self.codes.get(code)

    def __contains__(self, code: object) -> bool:
        return code in self.codes

    def __len__(self) -> int:
        return len(self.codes)


def load_codebook(path: Path) -> Codebook:
    """Read `cameo_codes.tsv` (code, root, quad_class, goldstein, plover, description)."""
    codes: dict[str, CameoCode] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t")
        for lineno, row in enumerate(reader, start=2):
            try:
                entry = CameoCode(
                    code=row["code"],
                    root=row["root"],
                    quad_class=int(row["quad_class"]),
                    goldstein=float(row["goldstein"]),
                    plover=row["plover"] or None,
                    description=row["description"],
                )
            except (KeyError, TypeError, ValueError) as exc:
                raise DictionaryError(f"{path}:{lineno}: unreadable codebook row ({exc})") from exc
            codes[entry.code] = entry
    return Codebook(codes)
