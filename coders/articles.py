"""Input articles and how they are read from text, JSON lines and CSV records (no file I/O here)."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from html.parser import HTMLParser

from coders.errors import InputError

DATE_LINE = re.compile(r"^\s*date\s+(\S+)\s*", re.IGNORECASE)
DATELINE = re.compile(r"^([A-Z][A-Z .'’,/]{1,40}?)\s+[-–—]\s+")
CREDIT_LINE = re.compile(r"^[A-Z][A-Z&. ]{1,30}$")
HTML_TAG = re.compile(r"</?(p|div|br|span|a|b|i|em|strong|li|ul|h\d|script|style)\b[^>]*>", re.I)


@dataclass(frozen=True)
class Article:
    """One news article to code; `origin` is where it came from, e.g. `news.jsonl:12`."""

    id: str
    date: date
    text: str
    origin: str
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    # The place a wire story's first line names ("LONDON - ..."), where it had one.
    dateline: str | None = None

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode()).hexdigest()


def parse_date(value: object, origin: str) -> date:
    """A date from `YYYY-MM-DD` or an ISO timestamp; anything else is an InputError."""
    if isinstance(value, date):
        return value
    text = str(value or "").strip()
    if not text:
        raise InputError(f"{origin}: article has no date (give `date` as YYYY-MM-DD)")
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        try:
            return date.fromisoformat(text[:10])
        except ValueError as exc:
            raise InputError(f"{origin}: {text!r} is not a date (expected YYYY-MM-DD)") from exc


def future_date_problem(day: date, today: date | None = None) -> str | None:
    """What is wrong with an article date after tomorrow (a day's grace for time zones), in
    the words every command uses; None for a date that can be an article's."""
    latest = (today or date.today()) + timedelta(days=1)
    return f"date {day.isoformat()} is in the future" if day > latest else None


class _TextOnly(HTMLParser):
    """Collects the text of an HTML fragment, one paragraph per block element."""

    BLOCKS = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "tr", "section"})
    SKIPPED = frozenset({"script", "style"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self._skipping += tag in self.SKIPPED
        if tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        self._skipping -= tag in self.SKIPPED and self._skipping > 0

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def plain_text(text: str) -> str:
    """The text of an article that arrived with HTML markup; other text is left as it is."""
    if not HTML_TAG.search(text):
        return text
    parser = _TextOnly()
    parser.feed(text)
    parser.close()
    paragraphs = (" ".join(p.split()) for p in "".join(parser.parts).split("\n\n"))
    return "\n\n".join(p for p in paragraphs if p)


ENGLISH_FUNCTION_WORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "in",
        "a",
        "is",
        "that",
        "for",
        "on",
        "with",
        "as",
        "was",
        "by",
        "at",
        "from",
        "it",
        "said",
        "has",
        "have",
        "be",
        "are",
        "were",
        "an",
        "his",
        "her",
        "their",
        "its",
        "will",
        "would",
        "not",
        "this",
        "which",
        "who",
        "after",
        "over",
        "but",
        "been",
        "also",
        "they",
        "he",
        "she",
    ]
)


def looks_english(text: str, minimum_words: int = 20, share: float = 0.12) -> bool:
    """Whether a text reads as English: in English news, function words such as "the" and
    "of" are a third of the words; in other languages almost none. Short texts pass."""
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", text)]
    if len(words) < minimum_words:
        return True
    return sum(w in ENGLISH_FUNCTION_WORDS for w in words) / len(words) >= share


def default_id(day: date, text: str) -> str:
    """A stable id for inputs that carry none: the same text on the same day, the same id."""
    return hashlib.sha256(f"{day.isoformat()}|{text}".encode()).hexdigest()[:16]


def article_from_text(raw: str, origin: str, default_date: date | None = None) -> Article:
    """A plain-text article whose first line may be `date YYYY-MM-DD DATELINE - ...`."""
    text = raw.lstrip("\ufeff").replace("\r\n", "\n")
    if not text.strip():
        raise InputError(f"{origin}: file is empty")
    found = DATE_LINE.match(text)
    if found:
        day = parse_date(found.group(1), f"{origin}:1")
        text = text[found.end() :]
    elif default_date is not None:
        day = default_date
    else:
        raise InputError(f"{origin}:1: article has no date (start it with `date YYYY-MM-DD`)")
    text = plain_text(text)
    dateline = DATELINE.match(text)
    text = text[dateline.end() :] if dateline else text
    body, publisher = _split_credit(text)
    if not body:
        raise InputError(f"{origin}: article has no text")
    place = dateline.group(1).strip(" ,") if dateline else None
    return Article(default_id(day, body), day, body, origin, publisher=publisher, dateline=place)


def _split_credit(text: str) -> tuple[str, str | None]:
    """Drop a closing agency credit such as `REUTERS` and return it, as written, as the
    publisher ("AFP" stays AFP)."""
    paragraphs = [p.strip() for p in text.strip().split("\n\n") if p.strip()]
    if len(paragraphs) > 1 and CREDIT_LINE.match(paragraphs[-1]):
        return "\n\n".join(paragraphs[:-1]), paragraphs[-1]
    return "\n\n".join(paragraphs), None


def article_from_record(
    record: Mapping[str, object], origin: str, default_date: date | None = None
) -> Article:
    """A JSON-lines or CSV record with `id`, `date`, `text` and optional title/publisher/url."""
    text = plain_text(str(record.get("text") or "")).strip()
    if not text:
        raise InputError(f"{origin}: record has no `text`")
    if record.get("date") in (None, "") and default_date is not None:
        day = default_date
    else:
        day = parse_date(record.get("date"), origin)
    return Article(
        id=_optional(record, "id") or default_id(day, text),
        date=day,
        text=text,
        origin=origin,
        title=_optional(record, "title"),
        publisher=_optional(record, "publisher"),
        url=_optional(record, "url"),
    )


def _optional(record: Mapping[str, object], key: str) -> str | None:
    value = record.get(key)
    return str(value).strip() or None if value is not None else None
