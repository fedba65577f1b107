"""A Prefect server for `eventcoder serve` when the user has none.

Scheduled runs need Prefect's scheduler service, which the temporary server that `eventcoder
run` uses does not have. So, unless PREFECT_API_URL points at a server already, `serve` starts
`prefect server start` on a free local port for as long as it runs (its database lives in
PREFECT_HOME, ~/.prefect by default, as for any local Prefect server), and stops it on exit.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO

import httpx
from prefect.settings import PREFECT_API_URL, temporary_settings

from coders.errors import EventCoderError

STARTUP_SECONDS = 90


class ServerError(EventCoderError):
    """The local Prefect server did not start."""


@contextmanager
def prefect_server(scheduler_seconds: float | None = None) -> Iterator[str]:
    """The API URL of the user's Prefect server, or of one started here for the duration."""
    configured = PREFECT_API_URL.value()
    if configured:
        yield configured
        return
    port = _free_port()
    url = f"http://127.0.0.1:{port}/api"
    command = [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1"]
    # The server's output goes to a file, not a pipe: a long-lived server never blocks on it.
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(
            [*command, "--port", str(port)],
            env=_server_environment(scheduler_seconds),
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            _wait_until_healthy(url, process, log)
            with temporary_settings({PREFECT_API_URL: url}):
                yield url
        finally:
            _stop(process)


def _stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()


def _server_environment(scheduler_seconds: float | None) -> dict[str, str]:
    env = {**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    if scheduler_seconds is not None:
        env["PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS"] = str(scheduler_seconds)
    return env


def _wait_until_healthy(url: str, process: subprocess.Popen, log: IO[bytes]) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log.seek(0)
            error = log.read().decode(errors="replace")[-2000:]
            raise ServerError(f"the local Prefect server stopped while starting: {error}")
        try:
            if httpx.get(f"{url}/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise ServerError(
        f"the local Prefect server did not answer at {url} within {STARTUP_SECONDS} s"
    )


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
