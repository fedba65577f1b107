"""`eventcoder run` as one library call: settle a run with nothing new without Prefect or
spaCy, or else code on the user's Prefect server or a temporary one."""

from __future__ import annotations

from collections.abc import Callable

from flows.precheck import settle_without_coding
from flows.settings import Settings
from flows.summary import RunSummary


def run_paths(
    paths: list[str], settings: Settings, say: Callable[[str], None] = lambda _: None
) -> RunSummary:
    """Code the inputs under `paths` into the warehouse and return the run's summary; `say`
    hears what the run tells its user on the way (a temporary server, nothing new)."""
    summary = settle_without_coding(paths, settings)
    if summary is not None:
        say("nothing new: every article is in the warehouse")
        return summary
    from flows.server import prefect_server  # Prefect's settings: the first of Prefect

    with prefect_server(scheduler=False) as server:
        # Prefect's engine and the flow are imported here, while the server boots.
        from flows.code_articles import code_articles
        from flows.progress import progress_bar, quiet_known_errors
        from flows.runners import flow_runner

        if server.started_here:
            say(f"temporary Prefect server for this run: {server.url}")
        server.ready()
        quiet_known_errors()
        with progress_bar(paths):
            return flow_runner(code_articles, settings)(paths, settings)
