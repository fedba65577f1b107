"""The PETRARCH/TABARI readers and importer, one syntax element at a time on small inputs,
and on the public files in ../shared where present."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from coders import Coder, CoderConfig, Lexicon, load_dictionaries
from coders.petrarch.actors import read_actors
from coders.petrarch.agents import read_agents
from coders.petrarch.common import content_lines, parse_date
from coders.petrarch.discards import read_discards
from coders.petrarch.importer import import_file
from coders.petrarch.issues import expand, read_issues
from coders.petrarch.verbs import read_verbs
from tests.conftest import dyads

PETRARCH_FILES = [
    "CAMEO.2.0.txt",
    "Phoenix.Countries.actors.txt",
    "Phoenix.International.actors.txt",
    "Phoenix.MilNonState.actors.txt",
    "Phoenix.agents.txt",
    "Phoenix.discards.txt",
    "Phoenix.IssueCoding.txt",
    "PETR.Validate.actors.txt",
    "PETR.Validate.agents.txt",
    "PETR.Validate.discards.txt",
    "PETR.Validate.verbs.txt",
]


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("20000507", date(2000, 5, 7)),
        ("000507", date(2000, 5, 7)),
        ("300101", date(2030, 1, 1)),
        ("310101", date(1931, 1, 1)),
    ],
)
def test_dates_with_two_and_four_digit_years(text, expected):
    assert parse_date(text) == expected


def test_seven_digit_date_is_an_error():
    with pytest.raises(ValueError, match="not a date"):
        parse_date("9008223")


def test_comments_of_every_kind_are_dropped(tmp_path):
    path = write(tmp_path, "x.txt", "<!-- header -->\nA # note\n<!-- one\ntwo -->\nB ; c\n")
    assert [line.text for line in content_lines(path, "#;")] == ["A", "B"]


def test_actor_record_with_synonyms_and_date_restrictions(tmp_path):
    path = write(
        tmp_path,
        "a.actors.txt",
        (
            "VLADIMIR_PUTIN_  # CountryInfo\n+PRESIDENT_PUTIN_\n"
            "\t[RUSELI 700101-990809]\n\t[RUSGOV >20000507]\n\t[RUSGOV]\n"
            "ARGENTIN  [ARG]\nJAVIER_SOLANA_\t[IGOEUREEC 950701-951231][IGOWSTNAT <991006]\n"
        ),
    )
    result = read_actors(path)
    assert result.problems == []
    putin = [(e.name, e.code, e.start, e.end) for e in result.records if "putin" in e.name]
    assert putin[:3] == [
        ("vladimir putin", "RUSELI", date(1970, 1, 1), date(1999, 8, 9)),
        ("vladimir putin", "RUSGOV", date(2000, 5, 7), None),
        ("vladimir putin", "RUSGOV", None, None),
    ]
    assert {e.name for e in result.records} >= {"president putin", "argentin"}
    assert ("javier solana", "IGOWSTNAT", None, date(1999, 10, 6)) in [
        (e.name, e.code, e.start, e.end) for e in result.records
    ]


def test_actor_errors_name_the_line_and_reading_goes_on(tmp_path):
    path = write(
        tmp_path, "a.actors.txt", "NOBODY_\nBAD_DATE_\n\t[ARMUNR 9008223-911221]\nGOOD_ [GBR]\n"
    )
    result = read_actors(path)
    assert [str(p) for p in result.problems] == [
        f"{path}:1: actor 'nobody' has no code",
        f"{path}:3: [ARMUNR 9008223-911221]: '9008223' is not a date (YYMMDD or YYYYMMDD)",
        f"{path}:2: actor 'bad date' has no code",
    ]
    assert [(e.name, e.code) for e in result.records] == [("good", "GBR")]


def test_agents_with_plurals_substitutions_and_placement(tmp_path):
    path = write(
        tmp_path,
        "a.agents.txt",
        (
            "!PERSON! = MAN, WOMAN\nCONGRESS!PERSON! [~LEG]\nATTORNEY_GENERAL {ATTORNEYS_GENERAL} "
            "[~GOV]\nHUMAN_RIGHTS_BODY  [NGO~]\nPOLICE {} [~COP]\nBROKEN [GOV\n"
        ),
    )
    result = read_agents(path)
    rows = {(e.phrase, e.code, e.prefix) for e in result.records}
    assert rows == {
        ("congressman", "LEG", False),
        ("congresswoman", "LEG", False),
        ("attorney general", "GOV", False),
        ("attorneys general", "GOV", False),
        ("human rights body", "NGO", True),
        ("police", "COP", False),
    }
    assert [p.line for p in result.problems] == [6]


VERBS = """
&TIETYPES
+MILITARY
+ECONOMIC
&ACCORDSYN
+&TIETYPES
+CLOSER

--- MEET_PEOPLE  [040] ---
MEET {MEETS MET MEETING}
+MEET_WITH {+MET_WITH}
WIRE_+TAP [091]
- * (WITH LEADERS)                [036:036]  # MEET
- * &TIETYPES TIES                [050]
- * CLAIM (AGAINST) +             [115]
- * &ACCORDSYN (IN {PEACE TALKS})  [046]
- ABRUPTLY *                      [:054]
- * TO/FROM                       [042]
~ a (a b ATTACK) SAY = a b 015
- * &TIETYPES_TIES FROM           [051]
- * IDEA_OF                       [014]
- + * MONEY $                     [071]
- + * GIFT (FROM $)               [072:073]
- + HAS BEEN * BY $               [111]
- * FEAST IN ^ +                  [045]
- * OFF (FOR)                      [042:043]
"""


def test_verb_blocks_patterns_synsets_and_transformations(tmp_path):
    result = read_verbs(write(tmp_path, "v.verbs.txt", VERBS))
    [found] = result.records
    assert [str(p) for p in result.problems] == [
        f"{tmp_path / 'v.verbs.txt'}:18: a disjunctive word list (A/B) is not supported: "
        "use a synonym set"
    ]
    rows = {(p.verb, p.code, p.text, ",".join(p.targets)) for p in found.patterns}
    assert ("meet", "040", "", "") in rows
    assert ("meet with", "040", "", "") in rows
    assert ("tap", "091", "<wire", "") in rows
    assert ("meet", "036", "with:leaders", "") in rows
    assert ("meet with", "050", "&tietypes ties", "") in rows
    assert ("meet", "115", "claim against:", "against") in rows
    assert ("meet", "046", "&accordsyn in:peace in:talks", "") in rows
    assert ("meet", "---", "<abruptly", "") in rows
    assert ("meet", "051", "&tietypes_ties from:", "") in rows
    assert ("meet", "014", "idea_of", "") in rows
    # The target before the verb and the source after it: the event runs the other way round
    # (eventcoder's reverse code), except for a passive's `BY $`, which is its source already.
    swapped = {(p.text, p.code, p.reverse, p.targets) for p in found.patterns if p.verb == "meet"}
    assert ("money", "---", "071", ()) in swapped
    assert ("gift from:", "073", "072", ("from",)) in swapped
    assert ("<has <been by:", "111", None, ()) in swapped
    # `IN ^ +`: the IN phrase is passed over; the target is the phrase after it, and failing
    # that the IN phrase.
    assert ("feast in:", "045", None, ("^in", "in")) in swapped
    # A preposition word before a parenthesised phrase is a particle of the pattern: "set off
    # for Beijing" is a trip, "set a deadline for talks" is not.
    assert ("off for:", "042", "043", ()) in swapped
    assert {(s.set, s.member) for s in found.synonyms} == {
        ("tietypes", "military"),
        ("tietypes", "economic"),
        ("accordsyn", "&tietypes"),
        ("accordsyn", "closer"),
    }
    assert [t.rule for t in found.transformations] == ["a (a b ATTACK) SAY = a b 015"]


SHARED_BLOCK = """
--- PRAISE [051] ---
PRAISE
RECOGNIZE
RULE_OUT
SALUTE
- * INDEPENDENCE                    [017]   # PRAISE
- * INDEPENDENCE                    [054]   # RECOGNIZE
- * CONTACT                         [120]   # PRAISE
- * CONTACT                         [125]   # RULED_OUT
"""


def test_a_block_pattern_written_for_a_verb_goes_first_for_it(tmp_path):
    result = read_verbs(write(tmp_path, "v.verbs.txt", SHARED_BLOCK))
    [found] = result.records

    def codes(verb: str, word: str) -> list[str]:
        return [p.code for p in found.patterns if p.verb == verb and p.text == word]

    assert codes("praise", "independence") == ["017", "054"]
    assert codes("recognize", "independence") == ["054", "017"]
    assert codes("rule out", "contact") == ["125", "120"]
    # Named for neither: the one of the verb's own root (the block's 051) first.
    assert codes("salute", "independence") == ["054", "017"]


LENDING_BLOCK = """
--- ACCLAIM [051] ---
PRAISE
WELCOME
- * (TO)                            [043:042]   # WELCOME
- * (TO) VISIT                      [042:043]   # WELCOME
- * (FOR)                           [051]       # WELCOME
"""


def test_a_phrase_only_pattern_written_for_another_verb_of_another_root_is_not_lent(tmp_path):
    # "welcomed the president to Santiago" is hosting; "praised Chile's commitment to
    # democracy" is no visit. A pattern with a word, or of the verb's own root, is still lent.
    result = read_verbs(write(tmp_path, "v.verbs.txt", LENDING_BLOCK))
    [found] = result.records
    rows = {(p.verb, p.code, p.text) for p in found.patterns}
    assert ("welcome", "043", "to:") in rows
    assert ("praise", "043", "to:") not in rows
    assert ("praise", "042", "to: visit") in rows
    assert ("praise", "051", "for:") in rows


GLUED_HEADERS = """\
---  BLAME   [112]  ---
ACCUSE
- * ATTACK (ON ^)                 [111]
---  DELAY   [120]---  ---
POSTPONE
- * VISIT                         [160]
"""


def test_a_header_with_its_closing_dashes_glued_to_the_code_opens_a_block(tmp_path):
    # CAMEO.2.0.txt writes four headers so: read as a pattern line, they put POSTPONE, DELAY
    # and PREVENT in the BLAME block before (112) and shared each block's patterns.
    result = read_verbs(write(tmp_path, "v.verbs.txt", GLUED_HEADERS))
    [found] = result.records
    assert not result.problems
    rows = {(p.verb, p.code, p.text) for p in found.patterns}
    assert rows == {
        ("accuse", "112", ""),
        ("accuse", "111", "attack on:"),
        ("postpone", "120", ""),
        ("postpone", "160", "visit"),
    }


def test_discards_by_scope_and_word_end(tmp_path):
    result = read_discards(write(tmp_path, "d.txt", "+WORLD_CUP\nBASEBALL_\nMONTHS LATER\n"))
    assert [(e.phrase, e.story) for e in result.records] == [
        ("world cup*", True),
        ("baseball", False),
        ("months later*", False),
    ]


def test_issue_expansions_and_ignore_phrases(tmp_path):
    assert expand("pre+n:school") == ["pre school", "pre - school", "pre schools", "pre - schools"]
    assert expand("ethnic v:purge") == [
        "ethnic purge",
        "ethnic purges",
        "ethnic purged",
        "ethnic purging",
    ]
    path = write(
        tmp_path,
        "i.txt",
        '<ISSUE CATEGORY="X" TYPE="ALL">\nn:genocide [ATROCITY]\n'
        "~Armenian genocide\nnot an entry\n",
    )
    result = read_issues(path)
    assert [(e.phrase, e.code) for e in result.records] == [
        ("genocide", "ATROCITY"),
        ("genocides", "ATROCITY"),
        ("armenian genocide", "~"),
    ]
    assert [p.line for p in result.problems] == [4]


def test_imported_files_load_and_code(tmp_path, nlp):
    source = tmp_path / "src"
    source.mkdir()
    files = [
        write(source, "t.actors.txt", "ELBONIA_ [ELB]\nKING_GUS_\n\t[ELBGOV >20100101]\n"),
        write(source, "t.agents.txt", "SOLDIER [~MIL]\n"),
        write(
            source,
            "t.verbs.txt",
            "--- PRAISE [051] ---\nPRAISE\n- * &TIETYPES [050]\n&TIETYPES\n+LEADERSHIP\n",
        ),
    ]
    target = tmp_path / "dicts"
    for path in files:
        import_file(path, target)
    (target / "cameo_codes.tsv").write_text(
        (Path(__file__).parent.parent / "dictionaries" / "cameo_codes.tsv").read_text()
    )
    coder = Coder(CoderConfig(dictionaries=target), nlp=nlp, lexicon=Lexicon.load(target))
    article_events = list(coder.code([_article("King Gus praised the soldiers of Elbonia.")]))
    assert dyads(article_events[0].events) == {("ELBGOV", "ELBMIL", "051")}


def _article(text: str):
    from coders import Article

    return Article(id="x", date=date(2020, 1, 1), text=text, origin="<test>")


@pytest.mark.parametrize("name", PETRARCH_FILES)
def test_every_line_of_the_public_files_is_imported_or_reported(shared, tmp_path, name):
    path = shared / "reference" / "petrarch" / "dictionaries" / name
    report = import_file(path, tmp_path)
    content = sum(1 for _ in content_lines(path, "#;" if "actors" in name else "#"))
    reported = {p.line for p in report.problems}
    assert report.lines_used + len(reported) >= content
    assert sum(report.written.values()) > 0
    load_dictionaries(tmp_path)  # what was written reads back without error


def test_shipped_dictionaries_are_large(lexicon):
    from coders.pipeline import DEFAULT_DICTIONARIES
    from coders.stats import dictionary_stats

    stats = dictionary_stats(DEFAULT_DICTIONARIES)
    assert stats["actor_entries"] >= 49_000 and stats["actor_names"] >= 34_000
    assert stats["verb_patterns"] >= 10_000
    assert stats["agent_phrases"] >= 3_000 and stats["synonym_sets"] == 45
