"""What a run read, skipped, rejected and coded: its summary, and the articles it already knows.

Kept apart from the flow (and from Prefect) so that a run with nothing new is settled without
importing Prefect at all.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from coders.articles import Article
from coders.inputs import Rejected
from flows.clock import StageClock

if TYPE_CHECKING:
    from coders.records import CodedArticle

# Exit codes a scheduler can tell apart (README, "Exit codes").
EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_SOME_REJECTED = 3
EXIT_NOTHING_CODED = 4

# Logged after each batch is read, with (inputs read, articles coded); the command line's
# progress bar follows these records.
PROGRESS_MESSAGE = "progress: %d inputs read, %d articles coded"
# Logged while a task codes its batch in this process, every few articles, with how many of the
# batch are coded so far, so that the bar moves during a long batch too.
TASK_PROGRESS_LOGGER = "eventcoder.progress"
TASK_PROGRESS_MESSAGE = "%d articles of this batch coded"
TASK_PROGRESS_EVERY = 8


@dataclass
class RunSummary:
    """What a run read, skipped, rejected and coded, and where it wrote."""

    run_id: str
    warehouse: str
    inputs: list[str] = field(default_factory=list)
    started_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    read: int = 0
    already_coded: int = 0
    duplicates: int = 0
    coded: int = 0
    sentences: int = 0
    events: int = 0
    # Events whose source or target is an actor discovered from the text (coders.discovery).
    discovered_events: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    # Articles that were read but could not be coded, and feed fetches that failed.
    failed: list[Rejected] = field(default_factory=list)
    coder_version: str | None = None
    dictionary_version: str | None = None
    clock: StageClock = field(default_factory=StageClock)

    def run_row(self) -> dict:
        """This run as a row of the warehouse's `runs` table."""
        return {
            "run_id": self.run_id,
            "started_at": self.started_at,
            "ended_at": datetime.now(UTC),
            "inputs": " ".join(self.inputs),
            "articles_read": self.read,
            "articles_coded": self.coded,
            "articles_rejected": len(self.rejected),
            "articles_failed": len(self.failed),
            "already_coded": self.already_coded,
            "duplicates": self.duplicates,
            "sentences": self.sentences,
            "events": self.events,
            "coder_version": self.coder_version,
            "dictionary_version": self.dictionary_version,
        }

    def reject_rows(self) -> list[dict]:
        now = datetime.now(UTC)
        kinds = [("rejected", r) for r in self.rejected] + [("failed", r) for r in self.failed]
        return [
            {
                "run_id": self.run_id,
                "rejected_at": now,
                "origin": r.origin,
                "reason": r.message.removeprefix(f"{r.origin}: "),
                "kind": kind,
            }
            for kind, r in kinds
        ]

    def counts(self) -> dict[str, int]:
        return {
            "articles read": self.read,
            "articles coded": self.coded,
            "already in the warehouse": self.already_coded,
            "repeated in the input": self.duplicates,
            "rejected": len(self.rejected),
            "failed": len(self.failed),
            "sentences": self.sentences,
            "events written": self.events,
            "events with a discovered actor": self.discovered_events,
        }

    def note_read(self, inputs: int, already: int, repeated: int) -> None:
        """Count inputs read, and how many were stored already or repeated in the input."""
        self.read += inputs
        self.already_coded += already
        self.duplicates += repeated

    def note_written(self, coded: list[CodedArticle], articles: int, events: int) -> None:
        """Count a finished warehouse write: its articles, events and the sentences coded."""
        self.coded += articles
        self.events += events
        self.sentences += sum(c.sentences for c in coded)
        self.discovered_events += sum(
            1 for c in coded for e in c.events if e.source_discovered or e.target_discovered
        )

    def exit_code(self) -> int:
        """0 when every input was coded or already stored; 4 when none was (every input
        missing, rejected or failed); 3 when some were rejected or failed."""
        troubles = len(self.rejected) + len(self.failed)
        if not troubles:
            return EXIT_OK
        if self.coded + self.already_coded + self.duplicates == 0:
            return EXIT_NOTHING_CODED
        return EXIT_SOME_REJECTED

    def lines(self) -> list[str]:
        return [
            f"articles read: {self.read} (new: {self.coded}, already in the warehouse: "
            f"{self.already_coded}, repeated in the input: {self.duplicates}, "
            f"rejected: {len(self.rejected)}, failed: {len(self.failed)})",
            f"sentences coded: {self.sentences}",
            f"events written: {self.events} (with an actor discovered from the text: "
            f"{self.discovered_events})",
            f"warehouse: {self.warehouse}",
        ]


@dataclass
class KnownArticles:
    """Ids and text hashes of the articles the warehouse holds and of those met in this run,
    so that an article is coded once whether it comes back by id or by text."""

    stored_ids: set[str]
    stored_texts: set[str]
    seen_ids: set[str] = field(default_factory=set)
    seen_texts: set[str] = field(default_factory=set)

    def split(self, articles: list[Article]) -> tuple[list[Article], int, int]:
        """The new articles, and how many were already stored or repeated in the input."""
        new: list[Article] = []
        already = repeated = 0
        for article in articles:
            text = article.content_hash
            if article.id in self.stored_ids or text in self.stored_texts:
                already += 1
            elif article.id in self.seen_ids or text in self.seen_texts:
                repeated += 1
            else:
                new.append(article)
            self.seen_ids.add(article.id)
            self.seen_texts.add(text)
        return new, already, repeated


@dataclass
class RecodeSummary:
    """What a recode picked, left alone, re-coded and replaced."""

    run: RunSummary
    selected: int = 0
    current: int = 0
    events_before: int = 0
    without_text: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        run = self.run
        failed = len(run.failed)
        return [
            f"articles selected: {self.selected} (re-coded: {run.coded}, already coded with "
            f"these dictionaries: {self.current}, without stored text: "
            f"{len(self.without_text)}, failed: {failed})",
            f"events replaced: {self.events_before} -> {run.events}",
            f"warehouse: {run.warehouse}",
        ]
