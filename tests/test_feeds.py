"""Feeds, against a web server on the loopback interface only: two good pages are coded, a
broken page, a slow page and a missing feed are recorded with their reasons, nothing else lost."""

from __future__ import annotations

import threading
import time
from collections import Counter
from contextlib import suppress
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from flows.feeds import Fetcher, FetchError, feed_entries
from flows.inbox import code_inbox
from warehouse import Warehouse, connect, run_sql

PAGES = {
    "/world/talks": (
        "Envoys meet in Geneva",
        "Russia and China held talks in Geneva on Tuesday about trade along their long border. "
        "Officials from both delegations described the meeting as calm and practical.",
        "Russian diplomats praised China for its help with the customs agreement, according to "
        "a statement issued after the session. Further rounds are planned for the spring.",
    ),
    "/world/sanctions": (
        "Ministers trade accusations",
        "Japan criticized North Korea on Wednesday after another missile test over the sea. "
        "The foreign ministry in Tokyo called the launch reckless and dangerous.",
        "Analysts said the test was the third this month and that regional governments were "
        "preparing a joint response at the next meeting of their defence officials.",
    ),
}


def page(title: str, *paragraphs: str) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<html><head><title>{title}</title></head><body><nav>Home | World | Sport</nav>"
        f"<article><h1>{title}</h1>{body}</article><footer>Contact us</footer></body></html>"
    ).encode()


def rss(base: str) -> bytes:
    items = "".join(
        f"<item><title>{title}</title><link>{base}{path}</link>"
        "<pubDate>Tue, 20 Sep 2022 08:00:00 GMT</pubDate></item>"
        for path, title in [
            ("/world/talks", "Envoys meet"),
            ("/world/sanctions", "Accusations"),
            ("/world/broken", "Broken"),
            ("/world/slow", "Slow"),
        ]
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Loopback Wire</title>'
        f"<link>{base}</link><description>test</description>{items}</channel></rss>"
    ).encode()


@pytest.fixture
def site():
    """A news site on 127.0.0.1: a feed, two pages, a page that fails, one that hangs."""
    requests: Counter[str] = Counter()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            requests[self.path] += 1
            base = f"http://127.0.0.1:{self.server.server_port}"
            if self.path == "/feed.xml":
                self.reply(200, rss(base), "application/rss+xml")
            elif self.path in PAGES:
                self.reply(200, page(*PAGES[self.path]), "text/html")
            elif self.path == "/world/slow":
                time.sleep(2)
                self.reply(200, page("Late", "Too late."), "text/html")
            elif self.path == "/world/broken":
                self.reply(500, b"server error", "text/plain")
            else:
                self.reply(404, b"not found", "text/plain")

        def reply(self, status: int, body: bytes, kind: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            with suppress(BrokenPipeError, ConnectionResetError):  # the client gave up: fine
                self.wfile.write(body)

        def log_message(self, *args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}", requests
    server.shutdown()
    server.server_close()


@pytest.fixture
def quick_fetches(monkeypatch):
    for name, value in {
        "FEED_TIMEOUT": "0.5",
        "FEED_RETRIES": "1",
        "FEED_BACKOFF": "0.05",
        "FEED_HOST_INTERVAL": "0",
        "SETTLE_SECONDS": "0",
    }.items():
        monkeypatch.setenv(f"EVENTCODER_{name}", value)


@pytest.mark.slow
def test_feeds_are_coded_and_failures_recorded(prefect_server, site, quick_fetches, tmp_path):
    base, requests = site
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"# the loopback wire\n{base}/feed.xml\n{base}/missing.xml\n")
    inbox, warehouse = tmp_path / "inbox", tmp_path / "wh"
    summary = code_inbox(str(inbox), str(feeds), {"warehouse": str(warehouse)})

    assert summary.coded == 2 and summary.read == 5
    assert summary.read == summary.coded + len(summary.rejected) + len(summary.failed)
    assert summary.rejected == []
    reasons = sorted(str(r) for r in summary.failed)
    assert reasons == [
        f"{base}/missing.xml: feed not fetched: HTTP 404",
        f"{base}/world/broken: page not fetched: HTTP 500",
        f"{base}/world/slow: page not fetched: timed out after 0.5 s",
    ]
    assert requests["/world/broken"] == 2 and requests["/missing.xml"] == 1  # 500 retried, 404 not
    with connect(Warehouse(warehouse)) as connection:
        stored = run_sql(
            connection,
            "SELECT article_id, article_date, publisher FROM articles ORDER BY 1",
        ).rows
        events = run_sql(
            connection, "SELECT DISTINCT source_code, target_code, event_code FROM events"
        ).rows
        rejects = run_sql(connection, "SELECT count(*) FROM rejects").rows
    assert [(r[0], str(r[1]), r[2]) for r in stored] == [
        (f"{base}/world/sanctions", "2022-09-20", "Loopback Wire"),
        (f"{base}/world/talks", "2022-09-20", "Loopback Wire"),
    ]
    assert sorted(events) == [("JPNGOV", "PRK", "111"), ("RUSGOV", "CHN", "051")]
    assert rejects == [(3,)]

    again = code_inbox(str(inbox), str(feeds), {"warehouse": str(warehouse)})
    assert again.coded == 0 and requests["/world/talks"] == 1  # coded pages are not fetched again


def test_fetcher_backs_off_then_gives_up(site):
    base, requests = site
    waits: list[float] = []
    fetcher = Fetcher(timeout=1, retries=2, backoff=0.5, host_interval=0, sleep=waits.append)
    with pytest.raises(FetchError, match="HTTP 500"):
        fetcher.get(f"{base}/world/broken")
    assert requests["/world/broken"] == 3 and waits == [0.5, 1.0]


def test_fetcher_spaces_requests_to_one_host(site):
    base, _ = site
    waits: list[float] = []
    fetcher = Fetcher(timeout=1, retries=0, backoff=0, host_interval=5, sleep=waits.append)
    fetcher.get(f"{base}/world/talks")
    fetcher.get(f"{base}/world/talks")
    assert len(waits) == 1 and 4 < waits[0] <= 5


def test_an_atom_entry_without_a_date_takes_the_fetch_day():
    atom = (
        b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>'
        b'<entry><title>x</title><link href="http://127.0.0.1/x"/></entry></feed>'
    )
    [entry] = feed_entries(atom, fetched_on=date(2024, 1, 2))
    assert (entry.link, str(entry.day), entry.publisher) == (
        "http://127.0.0.1/x",
        "2024-01-02",
        "A",
    )
