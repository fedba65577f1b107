"""Run settings: one typed model, read from EVENTCODER_* environment variables and flags."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from coders.defaults import CODEBOOK_NAME, DEFAULT_DICTIONARIES, DEFAULT_MODEL

if TYPE_CHECKING:
    from coders.pipeline import CoderConfig


class Settings(BaseSettings):
    """Where the warehouse is, which spaCy pipeline and dictionaries to code with."""

    model_config = SettingsConfigDict(env_prefix="EVENTCODER_", extra="ignore")

    warehouse: Path = Field(default=Path("eventdata"), description="warehouse directory")
    model: str = Field(default=DEFAULT_MODEL, description="installed spaCy pipeline")
    dictionaries: Path = Field(default=DEFAULT_DICTIONARIES, description="dictionary directory")
    user_dictionaries: str = Field(
        default="",
        description="your own dictionary files or folders, separated by ':' (they win)",
    )
    batch_size: int = Field(default=32, ge=1, description="articles per spaCy batch")
    task_articles: int = Field(
        default=512, ge=1, description="articles per coding task (what one worker codes at once)"
    )
    write_articles: int = Field(
        default=2_000,
        ge=1,
        description="coded articles held before one warehouse write (fewer, larger files)",
    )
    recode_articles: int = Field(
        default=256,
        ge=1,
        description="articles `recode` codes again and swaps in per commit",
    )
    max_article_chars: int = Field(
        default=200_000, ge=1, description="longer articles are rejected, not parsed"
    )
    unknown_actors: bool = Field(
        default=False, description="code agents of no named country as ---AGENT (---REB)"
    )
    coreference: bool = Field(
        default=True,
        description='resolve "Mr Putin", pronouns and "the sides" to actors named before',
    )
    discover_actors: bool = Field(
        default=True,
        description="code unknown people and groups from the role and country their phrase names",
    )
    triage: bool = Field(
        default=True,
        description="parse only sentences that name two actors or more (false: parse every one)",
    )
    locate_events: bool = Field(
        default=True,
        description="give each event the place its text names (false: location columns null)",
    )

    runner: Literal["local", "dask"] = Field(
        default="local", description="code batches in this process, or on a Dask cluster"
    )
    workers: int = Field(default=2, ge=1, description="Dask worker processes for a local cluster")
    dask_address: str | None = Field(
        default=None, description="address of a running Dask scheduler (instead of a local one)"
    )
    settle_seconds: float = Field(
        default=5.0,
        ge=0,
        description="an inbox file changed more recently than this may still be being written",
    )
    feed_timeout: float = Field(default=10.0, gt=0, description="seconds before a fetch gives up")
    feed_retries: int = Field(default=2, ge=0, description="retries of a failed fetch")
    feed_backoff: float = Field(
        default=1.0, ge=0, description="seconds before the first retry, doubling after"
    )
    feed_host_interval: float = Field(
        default=1.0, ge=0, description="least seconds between two requests to one host"
    )
    report_dyad: str = Field(
        default="RUS CHN",
        description="two actor codes whose monthly chart each run's report shows ('' for none)",
    )

    def user_dictionary_paths(self) -> tuple[Path, ...]:
        return tuple(Path(p) for p in self.user_dictionaries.split(os.pathsep) if p.strip())

    def codebook(self) -> Path:
        """The CAMEO codebook of the dictionaries coded with (the shipped one if the chosen
        folder has none), for the catalog's `cameo_codes` table."""
        chosen = self.dictionaries / CODEBOOK_NAME
        return chosen if chosen.is_file() else DEFAULT_DICTIONARIES / CODEBOOK_NAME

    def coder_config(self) -> CoderConfig:
        from coders.pipeline import CoderConfig  # spaCy: only when there is coding to do

        return CoderConfig(
            model=self.model,
            dictionaries=self.dictionaries,
            user_dictionaries=self.user_dictionary_paths(),
            batch_size=self.batch_size,
            unknown_actors=self.unknown_actors,
            coreference=self.coreference,
            triage=self.triage,
            discover_actors=self.discover_actors,
            locate_events=self.locate_events,
        )
