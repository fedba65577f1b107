"""The shipped dictionaries, the dictionary reader's errors, and user additions."""

from __future__ import annotations

import gc
import shutil
from datetime import date
from pathlib import Path

import pytest

from coders import Coder, CoderConfig, DictionaryError, Lexicon, load_dictionaries
from coders.actors import actor_code
from coders.dictionaries import ActorEntry
from coders.pipeline import DEFAULT_DICTIONARIES
from tests.conftest import dyads


def test_shipped_verb_codes_are_in_the_cameo_codebook(lexicon):
    dictionaries = load_dictionaries(DEFAULT_DICTIONARIES)
    unknown = {code for code in coded_by(dictionaries.verbs) if code not in lexicon.codebook}
    # CAMEO.2.0.txt uses three codes the codebook does not define (1952 only the other way
    # round); their events are coded with empty quad class, Goldstein and PLOVER.
    assert unknown == {"1213", "176", "1952"}


def test_shipped_dictionaries_cover_every_cameo_root():
    dictionaries = load_dictionaries(DEFAULT_DICTIONARIES)
    roots = {code[:2] for code in coded_by(dictionaries.verbs)}
    assert roots == {f"{n:02d}" for n in range(1, 21)}


def coded_by(patterns) -> set[str]:
    """The codes the patterns give events, either way round (`---:030` gives only 030)."""
    forward = {p.code for p in patterns if p.codes_forward}
    return forward | {p.reverse for p in patterns if p.reverse}


def test_codebook_has_quad_classes_and_goldstein(lexicon):
    attack = lexicon.codebook.get("190")
    assert (attack.root, attack.quad_class, attack.goldstein) == ("19", 4, -10.0)
    assert lexicon.codebook.get("0312").description.startswith("Express intent")


def test_holding_date_restriction_wins_then_default():
    entries = [
        ActorEntry("x", "USAGOV", date(2017, 1, 20), date(2021, 1, 19)),
        ActorEntry("x", "USAELI"),
    ]
    assert actor_code(entries, date(2018, 1, 1)) == "USAGOV"
    assert actor_code(entries, date(2022, 1, 1)) == "USAELI"
    assert actor_code(entries[:1], date(2022, 1, 1)) is None


def test_of_overlapping_roles_the_one_begun_last_holds():
    # Phoenix dates a career with overlapping ranges: a life-long ELI row and the office taken
    # within it. The office, begun later, holds while it lasts; equal starts keep row order.
    entries = [
        ActorEntry("x", "LBNELI", date(1961, 1, 1), date(2007, 11, 24)),
        ActorEntry("x", "LBNGOV", date(2005, 7, 19)),
        ActorEntry("x", "LBNLEG", date(2005, 7, 19)),
    ]
    assert actor_code(entries, date(2006, 7, 13)) == "LBNGOV"
    assert actor_code(entries, date(2004, 1, 1)) == "LBNELI"


def test_a_leader_the_story_calls_former_is_out_of_the_office_phoenix_leaves_open(code_text):
    # Phoenix dates Bozize CAFGOV from 2003 with no end; in 2021 the story says "former".
    text = "Chad accused former president Francois Bozize of recruiting fighters."
    assert dyads(code_text(text, "2021-01-13")) == {("TCD", "CAFELI", "112")}


def test_a_phoenix_leader_has_the_office_he_held_that_day(code_text):
    events = code_text("Fouad Siniora appealed to the United Nations for aid.", "2006-07-20")
    assert dyads(events) == {("LBNGOV", "IGOUNO", "023")}


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("vladimir putin\tRUS GOV", "actor row needs a name and a code"),
        ("vladimir putin\tRUSGOV\t2000-13-01", "is not a date"),
        ("vladimir putin\tRUSGOV\t2010-01-01\t2000-01-01", "is after end date"),
    ],
)
def test_malformed_actor_rows_name_file_and_line(tmp_path, line, message):
    (tmp_path / "actors.tsv").write_text(f"name\tcode\tstart\tend\n# comment\n{line}\n")
    with pytest.raises(DictionaryError, match=rf"actors.tsv:3: .*{message}"):
        load_dictionaries(tmp_path)


def test_malformed_verb_row_names_file_and_line(tmp_path):
    (tmp_path / "verbs.tsv").write_text("verb\tcode\tpattern\nmeet\t40x\n")
    with pytest.raises(DictionaryError, match=r"verbs.tsv:2: verb row needs"):
        load_dictionaries(tmp_path)


def test_user_actor_file_adds_names_and_overrides_shipped_ones(tmp_path, nlp, code_text):
    added, overridden = "Tarek Nouri visited Moscow.", "Moscow criticized Kyiv."
    assert code_text(added, "2023-04-17") == []
    assert dyads(code_text(overridden, "2023-04-17")) == {("RUS", "UKR", "111")}
    user_dir = tmp_path / "dictionaries"
    shutil.copytree(DEFAULT_DICTIONARIES, user_dir)
    (user_dir / "actors.local.tsv").write_text(
        "name\tcode\tstart\tend\tnote\n"
        "tarek nouri\tJORGOV\t2023-01-01\t\tinvented for this test\n"
        "moscow\tRUSGOV\t\t\tthe capital standing for the government\n"
    )
    user_coder = Coder(CoderConfig(dictionaries=user_dir), nlp=nlp, lexicon=Lexicon.load(user_dir))
    assert dyads(code_text(added, "2023-04-17", user_coder)) == {
        ("JORGOV", "RUSGOV", "042"),
        ("RUSGOV", "JORGOV", "043"),
    }
    assert dyads(code_text(overridden, "2023-04-17", user_coder)) == {("RUSGOV", "UKR", "111")}


def test_rows_that_look_like_header_words_are_data(tmp_path):
    (tmp_path / "verbs.tsv").write_text(
        "verb\tcode\tpattern\nset\t---\nname\t---\nname\t042\tenvoy\n"
    )
    assert [(p.verb, p.code) for p in load_dictionaries(tmp_path).verbs] == [
        ("set", "---"),
        ("name", "---"),
        ("name", "042"),
    ]


def test_a_name_with_several_codes_stands_for_each_actor(tmp_path, nlp, code_text):
    additions = tmp_path / "actors.local.tsv"
    additions.write_text(
        "name\tcode\tstart\tend\tnote\n"
        "baltic states\tEST/LVA/LTU\t\t\tthree countries named at once\n"
    )
    lexicon = Lexicon.load(DEFAULT_DICTIONARIES, [additions])
    coder = Coder(CoderConfig(), nlp=nlp, lexicon=lexicon)
    events = code_text("The Baltic states condemned Russia.", "2023-04-17", coder)
    assert dyads(events) == {("EST", "RUS", "111"), ("LVA", "RUS", "111"), ("LTU", "RUS", "111")}


def test_a_code_of_an_unknown_shape_names_file_and_line(tmp_path):
    (tmp_path / "actors.tsv").write_text("name\tcode\nbaltic states\tEST/lv\n")
    with pytest.raises(DictionaryError, match=r"actors.tsv:2: actor row needs"):
        load_dictionaries(tmp_path)


def test_an_unreadable_transformation_names_file_and_line(tmp_path):
    additions = tmp_path / "transformations.local.tsv"
    additions.write_text("rule\tnote\na SAY b = nonsense\t\n")
    with pytest.raises(DictionaryError, match=r"transformations.local.tsv:2: transformation"):
        Lexicon.load(DEFAULT_DICTIONARIES, [additions])


def _small_dictionaries(folder: Path) -> Path:
    shutil.copy(DEFAULT_DICTIONARIES / "cameo_codes.tsv", folder)
    (folder / "actors.tsv").write_text("name\tcode\nrussia\tRUS\n")
    (folder / "verbs.tsv").write_text("verb\tcode\tpattern\nmeet\t040\n")
    return folder


def test_no_garbage_collection_runs_while_a_lexicon_is_built():
    """A collection walks the objects of its generations (a full one, every object the
    process holds), and none is needed while the lexicon's records (none of them in a cycle)
    are made: at most the one set off once the collector is back on (the load used to set off
    hundreds, four of them full)."""
    started: list[int] = []

    def note(phase: str, info: dict) -> None:
        if phase == "start":
            started.append(info["generation"])

    gc.callbacks.append(note)
    try:
        Lexicon.load(DEFAULT_DICTIONARIES)
    finally:
        gc.callbacks.remove(note)
    assert len(started) <= 1, started


@pytest.mark.parametrize("collecting", [True, False])
def test_loading_leaves_the_garbage_collector_as_it_found_it(tmp_path, collecting):
    """After a load, the collector is on (or off) as it was, also when a row cannot be read."""
    folder = _small_dictionaries(tmp_path)
    broken = tmp_path / "additions" / "verbs.broken.tsv"
    broken.parent.mkdir()
    broken.write_text("verb\tcode\nmeet\t40x\n")
    was_enabled = gc.isenabled()
    try:
        gc.enable() if collecting else gc.disable()
        assert Lexicon.load(folder).actors is not None
        assert gc.isenabled() is collecting
        with pytest.raises(DictionaryError, match=r"verbs\.broken\.tsv:2"):
            Lexicon.load(folder, [broken])
        assert gc.isenabled() is collecting
    finally:
        gc.enable() if was_enabled else gc.disable()
