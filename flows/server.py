"""A local Prefect server for a command when the user has none.

Unless PREFECT_API_URL points at a server already, or one answers on this machine's default
port (`prefect server start` left running, whose UI keeps every past run), `eventcoder serve`
and `eventcoder run` start `prefect server start` on a free local port for as long as they run
(its database lives in PREFECT_HOME, ~/.prefect by default, as for any local Prefect server),
and stop it on exit; such a run prints no link to its UI, which ends with it.
`serve` needs the scheduler; `run` starts the server without it (with the services that record
task runs and events, as Prefect's own temporary server has), and starts it before importing
Prefect's engine and the flow (only Prefect's settings are needed to start it), so that the
server boots (a few seconds, in its own process) while the run gets ready, rather than after, as
Prefect's own temporary server would.
"""

from __future__ import annotations

import ctypes
import http.client
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import IO

from prefect.settings import (
    PREFECT_API_URL,
    PREFECT_FLOWS_HEARTBEAT_FREQUENCY,
    PREFECT_UI_URL,
    temporary_settings,
)

from coders.errors import ServerError

STARTUP_SECONDS = 90
PR_SET_PDEATHSIG = 1  # prctl(2)
STOP_SECONDS = 5  # after SIGTERM, before the server is killed
SCHEDULED_AHEAD = 3  # runs of a deployment the scheduler keeps ready
DRAIN_SECONDS = 10
# Where `prefect server start` listens unless told otherwise.
LOCAL_SERVER = "http://127.0.0.1:4200/api"
PROBE_SECONDS = 0.5


@dataclass(frozen=True)
class StartingServer:
    """A Prefect API that may still be starting: `ready` waits until it answers."""

    url: str
    process: subprocess.Popen | None = None
    log: IO[bytes] | None = None

    @property
    def started_here(self) -> bool:
        return self.process is not None

    def ready(self) -> str:
        """The API URL, once the server answers (at once for a server the user runs)."""
        if self.process is not None and self.log is not None:
            _wait_until_healthy(self.url, self.process, self.log)
        return self.url


@contextmanager
def prefect_server(
    scheduler_seconds: float | None = None, scheduler: bool = True
) -> Iterator[StartingServer]:
    """The user's Prefect server, or one started here for the duration (PREFECT_API_URL
    points at it meanwhile); call `ready()` before the first flow run."""
    configured = PREFECT_API_URL.value()
    if configured:
        yield StartingServer(configured)
        return
    if _answers(LOCAL_SERVER):
        with temporary_settings({PREFECT_API_URL: LOCAL_SERVER}):
            yield StartingServer(LOCAL_SERVER)
        return
    port = _free_port()
    url = f"http://127.0.0.1:{port}/api"
    command = [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1"]
    if not scheduler:
        command += ["--no-scheduler", "--no-late-runs", "--no-ui"]
    # The server's output goes to a file, not a pipe: a long-lived server never blocks on it.
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(
            [*command, "--port", str(port)],
            env=_server_environment(scheduler_seconds),
            stdout=log,
            stderr=subprocess.STDOUT,
            preexec_fn=_end_with_parent,
            # Its own session: Ctrl-C at the terminal reaches the command, which stops the
            # server itself once it has finished talking to it.
            start_new_session=True,
        )
        try:
            # Heartbeats let a server notice that a flow run's process died; this server dies
            # with it, so they would only make each run wait for the heartbeat thread's end.
            with (
                # No "View at" link: this server's UI ends with the run.
                temporary_settings(
                    {
                        PREFECT_API_URL: url,
                        PREFECT_UI_URL: "",
                        PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None,
                    }
                ),
                _terminate_as_exit(),
            ):
                try:
                    yield StartingServer(url, process, log)
                finally:
                    _send_what_prefect_holds()
        finally:
            _stop(process)


def _send_what_prefect_holds() -> None:
    """Send the logs and events Prefect's clients still hold while the server can take them
    (after it stops, the log client retries for a minute before it gives up)."""
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker

    APILogWorker.drain_all(timeout=DRAIN_SECONDS)
    EventsWorker.drain_all(timeout=DRAIN_SECONDS)


@contextmanager
def _terminate_as_exit() -> Iterator[None]:
    """While the server runs, SIGTERM ends this process as Ctrl-C does (by an exception, so
    that the server is stopped on the way out) instead of at once, leaving it running."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, _exit_on_terminate)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _exit_on_terminate(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


def _end_with_parent() -> None:
    """In the server's process, before it starts: ask Linux to send it SIGTERM when the
    process that started it dies, even by SIGKILL, so that no server outlives its run."""
    prctl = getattr(ctypes.CDLL(None, use_errno=True), "prctl", None)
    if prctl is not None:
        prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


def _stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=STOP_SECONDS)
    except subprocess.TimeoutExpired:
        process.kill()


def _server_environment(scheduler_seconds: float | None) -> dict[str, str]:
    env = {**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    if scheduler_seconds is not None:
        env["PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS"] = str(scheduler_seconds)
    # A short horizon: a few runs scheduled ahead, not a hundred that pile up behind a slow one.
    env.setdefault("PREFECT_SERVER_SERVICES_SCHEDULER_MAX_RUNS", str(SCHEDULED_AHEAD))
    env.setdefault("PREFECT_SERVER_SERVICES_SCHEDULER_MIN_RUNS", str(SCHEDULED_AHEAD))
    return env


def _wait_until_healthy(url: str, process: subprocess.Popen, log: IO[bytes]) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log.seek(0)
            error = log.read().decode(errors="replace")[-2000:]
            raise ServerError(f"the local Prefect server stopped while starting: {error}")
        if _answers(url, timeout=2):
            return
        time.sleep(0.1)
    raise ServerError(
        f"the local Prefect server did not answer at {url} within {STARTUP_SECONDS} s"
    )


def _answers(url: str, timeout: float = PROBE_SECONDS) -> bool:
    """Whether a Prefect API answers its health check at `url` (a refused connection answers
    at once). By `http.client`, which holds no lock: while a server starts, SIGTERM raises
    SystemExit wherever this process is (`_terminate_as_exit`), and an exit raised inside
    httpx's connection pool, which holds a lock that its own cleanup takes again, hung the run
    for good."""
    parts = urllib.parse.urlsplit(f"{url}/health")
    connection = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=timeout)
    try:
        connection.request("GET", parts.path)
        return connection.getresponse().status == 200
    except (OSError, http.client.HTTPException):
        return False
    finally:
        connection.close()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
