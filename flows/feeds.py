"""RSS and Atom feeds into the inbox: each new entry's page is fetched, reduced to its article
text (trafilatura) and written with the entry's date, title and link as a JSON-lines file that
the inbox scan then codes. Requests time out, transient failures are retried with backoff, each
host is asked at most once per `feed_host_interval` seconds, and every failure is returned
with its URL and reason, so that the run records it."""

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import feedparser
import httpx
import trafilatura
from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from coders.inputs import Rejected
from flows.settings import Settings
from warehouse.atomic import write_bytes_atomically
from warehouse.store import Warehouse

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
CLIENT_OPTIONS: dict[str, Any] = {
    "follow_redirects": True,
    "headers": {"User-Agent": "eventcoder/0.1 (research)"},
}


class FetchError(Exception):
    """A page or feed could not be fetched; the message says why."""


class PermanentFetchError(Exception):
    """A failure that retrying will not cure (404, 403, ...)."""


@dataclass
class Fetcher:
    """HTTP GETs with a timeout, retries with exponential backoff on transient failures, and a
    minimum interval between two requests to the same host."""

    timeout: float
    retries: int
    backoff: float
    host_interval: float
    client: httpx.Client = field(default_factory=lambda: httpx.Client(**CLIENT_OPTIONS))
    last_request: dict[str, float] = field(default_factory=dict)
    sleep: Callable[[float], None] = time.sleep

    def get(self, url: str) -> bytes:
        for attempt in range(self.retries + 1):
            try:
                return self._once(url)
            except FetchError:
                if attempt == self.retries:
                    raise
                self.sleep(self.backoff * 2**attempt)
        raise AssertionError("the loop returns or raises")

    def _once(self, url: str) -> bytes:
        self._wait_for_host(urlsplit(url).netloc)
        try:
            response = self.client.get(url, timeout=self.timeout)
        except httpx.TimeoutException as error:
            raise FetchError(f"timed out after {self.timeout:g} s") from error
        except httpx.HTTPError as error:
            raise FetchError(f"{type(error).__name__}: {error}") from error
        if response.status_code in RETRY_STATUSES:
            raise FetchError(f"HTTP {response.status_code}")
        if response.status_code >= 400:
            raise PermanentFetchError(f"HTTP {response.status_code}")
        return response.content

    def _wait_for_host(self, host: str) -> None:
        previous = self.last_request.get(host)
        if previous is not None:
            wait = previous + self.host_interval - time.monotonic()
            if wait > 0:
                self.sleep(wait)
        self.last_request[host] = time.monotonic()


@dataclass(frozen=True)
class FeedEntry:
    """What a feed says about one article."""

    link: str
    title: str | None
    day: date
    publisher: str | None


def feed_entries(data: bytes, fetched_on: date) -> list[FeedEntry]:
    """The entries of an RSS or Atom document that have a link; an entry without a date takes
    the day it was fetched."""
    parsed = feedparser.parse(data)
    if parsed.bozo and not parsed.entries:
        raise FetchError(f"not a readable feed ({parsed.bozo_exception})")
    publisher = parsed.feed.get("title")
    entries = []
    for entry in parsed.entries:
        if entry.get("link"):
            when = entry.get("published_parsed") or entry.get("updated_parsed")
            day = date(when.tm_year, when.tm_mon, when.tm_mday) if when else fetched_on
            entries.append(FeedEntry(entry.link, entry.get("title"), day, publisher))
    return entries


def page_text(html: bytes, url: str) -> str:
    text = trafilatura.extract(html.decode("utf-8", errors="replace"), url=url)
    if not text or not text.strip():
        raise PermanentFetchError("no article text found on the page")
    return text


def feed_urls(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


@dataclass
class FeedHarvest:
    """Articles fetched from one run over the feeds, and what failed."""

    records: list[dict] = field(default_factory=list)
    failures: list[Rejected] = field(default_factory=list)
    skipped: int = 0


def harvest(urls: list[str], known_ids: set[str], fetcher: Fetcher) -> FeedHarvest:
    """Fetch every new entry of every feed; a failing feed or page is noted and passed over."""
    found = FeedHarvest()
    today = datetime.now(UTC).date()
    for url in urls:
        try:
            entries = feed_entries(fetcher.get(url), today)
        except (FetchError, PermanentFetchError) as error:
            found.failures.append(Rejected.at(url, f"feed not fetched: {error}"))
            continue
        for entry in entries:
            if entry.link in known_ids:
                found.skipped += 1
                continue
            try:
                text = page_text(fetcher.get(entry.link), entry.link)
            except (FetchError, PermanentFetchError) as error:
                found.failures.append(Rejected.at(entry.link, f"page not fetched: {error}"))
                continue
            known_ids.add(entry.link)
            found.records.append(_record(entry, text))
    return found


def _record(entry: FeedEntry, text: str) -> dict:
    return {
        "id": entry.link,
        "date": entry.day.isoformat(),
        "title": entry.title,
        "publisher": entry.publisher,
        "url": entry.link,
        "text": text,
    }


def write_records(records: list[dict], inbox: Path) -> Path | None:
    """The fetched articles as one JSON-lines file in `inbox/feeds/`, written aside and then
    renamed, so that the inbox scan never sees half of it."""
    if not records:
        return None
    target = inbox / "feeds" / f"feeds-{datetime.now(UTC):%Y%m%dT%H%M%S%f}.jsonl"
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    return write_bytes_atomically(target, lines.encode("utf-8"))


@task(cache_policy=NO_CACHE)
def fetch_feeds_into(feeds: Path, inbox: Path, settings: Settings) -> list[Rejected]:
    """Fetch the feeds listed in `feeds` into the inbox; returns the failures."""
    fetcher = Fetcher(
        timeout=settings.feed_timeout,
        retries=settings.feed_retries,
        backoff=settings.feed_backoff,
        host_interval=settings.feed_host_interval,
    )
    known, _ = Warehouse(settings.warehouse).coded_articles()
    with fetcher.client:
        found = harvest(feed_urls(feeds), known, fetcher)
    written = write_records(found.records, inbox)
    logger = get_run_logger()
    where = f" in {written}" if written else ""
    counts = (len(found.records), where, found.skipped, len(found.failures))
    logger.info("feeds: %d new articles%s, %d already coded, %d failures", *counts)
    for failure in found.failures:
        logger.warning("fetch failed: %s", failure)
    return found.failures
