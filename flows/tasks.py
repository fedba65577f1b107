"""The Prefect tasks the flows share: what the warehouse knows, the coder, the run record and
the catalog. Each flow module holds only its own steps."""

from pathlib import Path

from prefect import task
from prefect.cache_policies import NO_CACHE

from coders.pipeline import Coder, CoderConfig
from flows.settings import Settings
from flows.summary import KnownArticles, RunSummary
from warehouse.catalog import refresh_catalog
from warehouse.store import Warehouse


@task(cache_policy=NO_CACHE)
def known_articles(warehouse: Warehouse) -> KnownArticles:
    return KnownArticles(*warehouse.coded_articles())


@task(cache_policy=NO_CACHE)
def load_coder(config: CoderConfig) -> Coder:
    return Coder(config)


@task(cache_policy=NO_CACHE, retries=2, retry_delay_seconds=1)
def record_run(warehouse: Warehouse, summary: RunSummary) -> None:
    warehouse.write_run(summary.run_row(), summary.reject_rows())


@task(cache_policy=NO_CACHE, retries=2, retry_delay_seconds=1)
def refresh(warehouse: Warehouse, settings: Settings) -> Path:
    return refresh_catalog(warehouse, settings.codebook())
