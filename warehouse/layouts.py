"""Column layouts of the field's public event datasets, as SELECT lists over the `events` view.

The layouts follow the published column orders; columns eventcoder does not produce (tone,
known groups, an actor's own place) are left empty rather than dropped, so files load with the
tools written for those datasets. The event's place fills each layout's location columns.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

PHOENIX = """
    event_id AS EventID,
    strftime(event_date, '%Y%m%d') AS Date,
    year(event_date) AS Year, month(event_date) AS Month, day(event_date) AS Day,
    source_code AS SourceActorFull, source_country AS SourceActorEntity,
    coalesce(source_agent, '') AS SourceActorRole, substr(source_code, 7) AS SourceActorAttribute,
    target_code AS TargetActorFull, target_country AS TargetActorEntity,
    coalesce(target_agent, '') AS TargetActorRole, substr(target_code, 7) AS TargetActorAttribute,
    event_code AS EventCode, event_root AS EventRootCode, quad_class AS QuadClass,
    goldstein AS GoldsteinScore, coalesce(issues, '') AS Issues,
    location_lat AS Lat, location_lon AS Lon,
    location_name AS LocationName, location_admin1 AS StateName,
    location_country AS CountryCode,
    article_id || '_' || CAST(sentence_index AS VARCHAR) AS SentenceID,
    coalesce(url, '') AS URLs, coalesce(publisher, '') AS NewsSources
"""

ICEWS = """
    event_id AS "Event ID", event_date AS "Event Date",
    source_text AS "Source Name", coalesce(source_agent, '') AS "Source Sectors",
    source_country AS "Source Country",
    (SELECT description FROM cameo_codes WHERE code = event_code) AS "Event Text",
    event_code AS "CAMEO Code", goldstein AS "Intensity",
    target_text AS "Target Name", coalesce(target_agent, '') AS "Target Sectors",
    target_country AS "Target Country",
    article_id AS "Story ID", sentence_index AS "Sentence Number", publisher AS "Publisher",
    CASE WHEN location_precision = 'city' THEN location_name END AS "City",
    CAST(NULL AS VARCHAR) AS "District",
    CASE WHEN location_precision = 'admin1' THEN location_name ELSE location_admin1 END
        AS "Province",
    location_country AS "Country", location_lat AS "Latitude", location_lon AS "Longitude"
"""


def _gdelt_actor(n: int, side: str) -> str:
    return f"""
    {side}_code AS Actor{n}Code, {side}_text AS Actor{n}Name,
    {side}_country AS Actor{n}CountryCode, CAST(NULL AS VARCHAR) AS Actor{n}KnownGroupCode,
    CAST(NULL AS VARCHAR) AS Actor{n}EthnicCode, CAST(NULL AS VARCHAR) AS Actor{n}Religion1Code,
    CAST(NULL AS VARCHAR) AS Actor{n}Religion2Code, {side}_agent AS Actor{n}Type1Code,
    CAST(NULL AS VARCHAR) AS Actor{n}Type2Code, CAST(NULL AS VARCHAR) AS Actor{n}Type3Code"""


GDELT_GEO = (
    ("Type", "INTEGER"),
    ("Fullname", "VARCHAR"),
    ("CountryCode", "VARCHAR"),
    ("ADM1Code", "VARCHAR"),
    ("ADM2Code", "VARCHAR"),
    ("Lat", "DOUBLE"),
    ("Long", "DOUBLE"),
    ("FeatureID", "VARCHAR"),
)
# Where the event happened, in GDELT's ActionGeo fields: type 1 is a country, 5 a world state
# or region, 4 a world city (GDELT's own codes); the country is eventcoder's three-letter code
# (GDELT writes FIPS), the first-level division is that code and GeoNames' admin1 code.
ACTION_GEO = MappingProxyType(
    {
        "Type": "CASE location_precision WHEN 'country' THEN 1 WHEN 'admin1' THEN 5 "
        "WHEN 'city' THEN 4 END",
        "Fullname": "location_name || coalesce(', ' || location_country, '')",
        "CountryCode": "location_country",
        "ADM1Code": "location_country || location_admin1",
        "Lat": "location_lat",
        "Long": "location_lon",
    }
)


def _gdelt_geo(prefix: str, filled: Mapping[str, str] = MappingProxyType({})) -> str:
    return ", ".join(
        f"CAST({filled.get(name, 'NULL')} AS {kind}) AS {prefix}Geo_{name}"
        for name, kind in GDELT_GEO
    )


GDELT = f"""
    event_id AS GlobalEventID,
    CAST(strftime(event_date, '%Y%m%d') AS INTEGER) AS Day,
    CAST(strftime(event_date, '%Y%m') AS INTEGER) AS MonthYear,
    year(event_date) AS Year,
    round(year(event_date) + (dayofyear(event_date) - 1) / 365.0, 4) AS FractionDate,
    {_gdelt_actor(1, "source")},
    {_gdelt_actor(2, "target")},
    CAST(sentence_index = 0 AS INTEGER) AS IsRootEvent,
    event_code AS EventCode, substr(event_code, 1, 3) AS EventBaseCode,
    event_root AS EventRootCode, quad_class AS QuadClass, goldstein AS GoldsteinScale,
    1 AS NumMentions, 1 AS NumSources, 1 AS NumArticles, CAST(NULL AS DOUBLE) AS AvgTone,
    {_gdelt_geo("Actor1")}, {_gdelt_geo("Actor2")}, {_gdelt_geo("Action", ACTION_GEO)},
    CAST(NULL AS BIGINT) AS DATEADDED, url AS SOURCEURL
"""

# PLOVER JSON lines: the PLOVER event type, mode and context (from the CAMEO-to-PLOVER table in
# the codebook), the actor fields of the Phoenix JSON records, and the CAMEO coding kept beside.
PLOVER = """
    event_id AS id, event_date AS date,
    source_text AS source, source_country AS src_actor, source_agent AS src_agent,
    target_text AS target, target_country AS tgt_actor, target_agent AS tgt_agent,
    plover AS event,
    (SELECT plover_mode FROM cameo_codes WHERE code = event_code) AS mode,
    coalesce((SELECT string_split(plover_context, '; ') FROM cameo_codes
              WHERE code = event_code), []) AS context,
    source_code AS cameo_source, target_code AS cameo_target, event_code AS cameo_code,
    quad_class, goldstein, sentence_text AS text, article_id AS story_id,
    sentence_index AS sentence_num, publisher, url,
    location_name AS geo_location, location_country AS geo_country,
    location_admin1 AS geo_admin1, location_lat AS geo_lat, location_lon AS geo_lon,
    location_precision AS geo_precision,
    'eventcoder ' || coder_version AS coder
"""

LAYOUTS = {
    "eventcoder": "* EXCLUDE (year, month)",
    "phoenix": PHOENIX,
    "icews": ICEWS,
    "gdelt": GDELT,
    "plover": PLOVER,
}
# Layouts whose columns only JSON can hold (PLOVER's context is a list).
JSON_ONLY = ("plover",)
