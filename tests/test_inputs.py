"""Reading articles from text, JSON lines and CSV files, with errors that name file and line."""

from __future__ import annotations

import os
from datetime import date

import pytest

from coders import Article
from coders.inputs import Rejected, read_all, read_file
from flows.settings import Settings


def read(paths, default_date=None):
    items = list(read_all([str(p) for p in paths], default_date))
    return (
        [i for i in items if isinstance(i, Article)],
        [str(i) for i in items if isinstance(i, Rejected)],
    )


def test_text_file_with_date_line_dateline_and_credit(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("\ufeffdate 2021-05-02 BERLIN - Germany praised France.\r\n\r\nREUTERS\r\n")
    [article], rejected = read([path])
    assert rejected == []
    assert (article.date, article.text, article.publisher) == (
        date(2021, 5, 2),
        "Germany praised France.",
        "REUTERS",
    )


def test_text_file_without_date_is_rejected_with_its_name(tmp_path):
    path = tmp_path / "undated.txt"
    path.write_text("Germany praised France.\n")
    articles, rejected = read([path])
    assert articles == []
    assert rejected == [f"{path}:1: article has no date (start it with `date YYYY-MM-DD`)"]


def test_jsonl_bad_line_is_reported_and_the_rest_still_read(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(
        '{"id": "a", "date": "2020-01-01", "text": "Iran criticized Iraq."}\n'
        '{"id": "b", "date": \n'
        '{"id": "c", "text": "Iraq criticized Iran."}\n'
        '{"id": "d", "date": "2020-01-03", "text": "Iraq thanked Iran."}\n'
    )
    articles, rejected = read([path])
    assert [a.id for a in articles] == ["a", "d"]
    assert rejected[0].startswith(f"{path}:2: not valid JSON")
    assert rejected[1] == f"{path}:3: article has no date (give `date` as YYYY-MM-DD)"


def test_csv_rows_keep_their_line_numbers(tmp_path):
    path = tmp_path / "news.csv"
    path.write_text(
        "id,date,text,url\nx1,2020-02-02,Russia praised China.,https://e.org/1\n"
        "x2,02/03/2020,China praised Russia.,\n"
    )
    articles, rejected = read([path])
    assert [(a.id, a.url) for a in articles] == [("x1", "https://e.org/1")]
    assert rejected == [f"{path}:3: '02/03/2020' is not a date (expected YYYY-MM-DD)"]


def test_csv_rows_with_missing_or_extra_fields_are_rejected(tmp_path):
    path = tmp_path / "news.csv"
    path.write_text(
        "id,date,text\n"
        "x1,2020-02-02,Russia praised China.\n"
        "x2,2020-02-03,Russia, China and India met.\n"
        "x3,2020-02-04\n"
        'x4,2020-02-05,"India, China and Russia met."\n'
    )
    articles, rejected = read([path])
    assert [a.id for a in articles] == ["x1", "x4"]
    assert rejected == [
        f"{path}:3: row has 4 fields, the header 3 (a comma in unquoted text?)",
        f"{path}:4: record has no `text`",
    ]


def test_a_five_megabyte_article_is_rejected_with_its_size(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_text("date 2021-01-01 " + "Iran criticized Iraq. " * 240_000)
    limit = Settings().max_article_chars
    [item] = read_all([str(path)], max_chars=limit)
    assert str(item) == (
        f"{path}: article has 5,279,999 characters, more than the limit of {limit:,} "
        "(EVENTCODER_MAX_ARTICLE_CHARS)"
    )


def test_directory_is_read_recursively_in_name_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("date 2020-01-02 Iran criticized Iraq.")
    (tmp_path / "a.txt").write_text("date 2020-01-01 Iraq criticized Iran.")
    (tmp_path / "notes.md").write_text("not an article")
    articles, rejected = read([tmp_path])
    assert [a.date.day for a in articles] == [1, 2]
    assert rejected == []


def test_missing_path_binary_and_undecodable_files_are_rejected(tmp_path):
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    garbled = tmp_path / "garbled.txt"
    garbled.write_bytes(b"date 2020-01-01 Iran\nthanked \x81\x8d Iraq.")
    articles, rejected = read([tmp_path / "nope.txt", binary, garbled])
    assert articles == []
    assert rejected == [
        f"{tmp_path / 'nope.txt'}: no such file or directory",
        f"{binary}: binary file, not text (it holds NUL bytes)",
        f"{garbled}:2: not UTF-8 or Windows-1252 text",
    ]


def test_windows_1252_text_is_read(tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes("date 2020-01-01 Iran\u2019s envoy met Iraq\u2019s minister.".encode("cp1252"))
    [article], rejected = read([path])
    assert rejected == [] and article.text == "Iran\u2019s envoy met Iraq\u2019s minister."


def test_future_dates_are_rejected(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text('{"date": "2999-01-01", "text": "Iran criticized Iraq."}\n')
    assert read([path]) == ([], [f"{path}:1: date 2999-01-01 is in the future"])


def test_directory_walk_survives_a_link_loop(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text("date 2020-01-01 Iraq thanked Iran.")
    (tmp_path / "a" / "loop").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "missing.txt")
    articles, rejected = read([tmp_path])
    assert [a.text for a in articles] == ["Iraq thanked Iran."]
    assert rejected == [f"{tmp_path / 'dangling.txt'}: broken link"]


def test_a_named_pipe_is_refused_not_opened(tmp_path):
    """Opening a FIFO would wait for a writer for ever; the run must go on instead."""
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "good.txt").write_text("date 2020-01-01 Iraq thanked Iran.")
    articles, rejected = read([tmp_path])
    assert [a.text for a in articles] == ["Iraq thanked Iran."]
    assert rejected == [
        f"{tmp_path / 'pipe.txt'}: not a regular file (a named pipe, socket or device)"
    ]
    assert read([tmp_path / "pipe.txt"])[1] == rejected


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a file whatever its permissions")
def test_a_file_without_read_permission_is_reported_and_the_rest_read(tmp_path):
    (tmp_path / "good.txt").write_text("date 2020-01-01 Iraq thanked Iran.")
    locked = tmp_path / "locked.txt"
    locked.write_text("date 2020-01-01 Iran thanked Iraq.")
    locked.chmod(0)
    articles, rejected = read([tmp_path])
    assert [a.text for a in articles] == ["Iraq thanked Iran."]
    assert rejected == [f"{locked}: cannot read file (Permission denied)"]


def test_a_read_that_fails_is_reported_with_the_reason(tmp_path):
    """The same path as a permission error, reached as root: the OS refuses the read."""
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    assert [str(r) for r in read_file(folder)] == [f"{folder}: cannot read file (Is a directory)"]


def test_default_date_fills_in_for_undated_records(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text('{"text": "Iran criticized Iraq."}\n')
    [article], _ = read([path], date(2024, 1, 1))
    assert article.date == date(2024, 1, 1)
    assert len(article.id) == 16


def test_standard_input_takes_json_lines_or_one_text(monkeypatch):
    import io

    monkeypatch.setattr(
        "sys.stdin",
        io.StringIO('{"id": "s1", "date": "2021-01-02", "text": "Iran criticized Iraq."}\n'),
    )
    articles, rejected = read(["-"])
    assert [(a.id, a.origin) for a in articles] == [("s1", "<stdin>:1")] and rejected == []
    monkeypatch.setattr("sys.stdin", io.StringIO("date 2021-01-03 Iraq thanked Iran."))
    articles, rejected = read(["-"])
    assert [(a.date.day, a.text) for a in articles] == [(3, "Iraq thanked Iran.")]
    assert rejected == []


def test_empty_file_and_html_markup(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("  \r\n")
    page = tmp_path / "page.jsonl"
    page.write_text(
        '{"date": "2021-01-01", "text": "<p>Iran <b>criticized</b> Iraq.</p>'
        '<script>var x;</script><p>Iraq &amp; Iran met.</p>"}\n'
    )
    articles, rejected = read([empty, page])
    assert rejected == [f"{empty}: file is empty"]
    assert [a.text for a in articles] == ["Iran criticized Iraq.\n\nIraq & Iran met."]


def test_article_over_the_size_limit_is_rejected_with_its_size(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text("date 2021-01-01 " + "Iran criticized Iraq. " * 100)
    items = list(read_all([str(path)], max_chars=1000))
    assert [str(i) for i in items] == [
        f"{path}: article has 2,199 characters, more than the limit of 1,000 "
        "(EVENTCODER_MAX_ARTICLE_CHARS)"
    ]


def test_non_english_articles_are_rejected(tmp_path):
    path = tmp_path / "feed.jsonl"
    spanish = (
        "El gobierno de Rusia criticó ayer duramente a Ucrania por los ataques contra "
        "varias ciudades fronterizas, según informó la agencia estatal en un comunicado "
        "publicado por la mañana en Moscú."
    )
    english = (
        "The government of Russia sharply criticized Ukraine on Monday over the attacks "
        "on several border towns, the state agency said in a statement that was "
        "published in Moscow in the morning."
    )
    path.write_text(
        f'{{"date": "2022-01-01", "text": "{spanish}"}}\n'
        f'{{"date": "2022-01-01", "text": "{english}"}}\n'
    )
    articles, rejected = read([path])
    assert [a.text[:16] for a in articles] == ["The government o"]
    assert rejected == [f"{path}:1: not English text (the coder's dictionaries are English)"]
