"""The Prefect server a command talks to: the user's, one left running on this machine, or a
temporary one of its own."""

from __future__ import annotations

import pytest
from prefect.settings import PREFECT_API_URL, PREFECT_UI_URL, temporary_settings

from flows import server


@pytest.mark.slow
def test_a_server_left_running_on_this_machine_is_used_not_another_started(monkeypatch):
    # No server configured (the test session's own is set aside) and none on the default port.
    monkeypatch.setattr(server, "LOCAL_SERVER", f"http://127.0.0.1:{server._free_port()}/api")
    with (
        temporary_settings(restore_defaults={PREFECT_API_URL}),
        server.prefect_server(scheduler=False) as temporary,
    ):
        url = temporary.ready()
        assert temporary.started_here and PREFECT_UI_URL.value() == ""  # no link that dies
        monkeypatch.setattr(server, "LOCAL_SERVER", url)  # as if on the default port
        with (
            temporary_settings(restore_defaults={PREFECT_API_URL}),
            server.prefect_server(scheduler=False) as found,
        ):
            assert not found.started_here and found.ready() == url
            assert PREFECT_API_URL.value() == url


def test_no_server_answers_on_a_port_nothing_listens_on():
    assert not server._answers(f"http://127.0.0.1:{server._free_port()}/api")
