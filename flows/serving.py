"""`eventcoder serve`: the inbox flow as a Prefect deployment that runs exactly what it was
started with.

Prefect copies a deployment's parameters into each scheduled run when the scheduler creates
it, so runs scheduled under an earlier `serve` would code that process's inbox into its
warehouse. Hence: each inbox, warehouse and feeds file gets a deployment of its own (named from
their hash unless `--name` is given); its scheduled runs left from earlier processes are
deleted before serving starts, and again when it stops, after the deployment is paused so that
the scheduler adds none; runs a killed process left running are marked Crashed at the start,
since each holds the one run slot. Ctrl-C and SIGTERM stop it cleanly.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
from uuid import UUID

from prefect.client.orchestration import get_client
from prefect.client.schemas.filters import (
    DeploymentFilter,
    DeploymentFilterId,
    FlowRunFilter,
    FlowRunFilterState,
    FlowRunFilterStateType,
)
from prefect.client.schemas.objects import (
    ConcurrencyLimitConfig,
    ConcurrencyLimitStrategy,
    StateType,
)
from prefect.runner import Runner
from prefect.states import Crashed

from flows.inbox import code_inbox

DEFAULT_NAME = "eventcoder-inbox"
POLL_SECONDS = 10.0


def deployment_name(arguments: dict) -> str:
    """`eventcoder-inbox-<8 hex>`, from the inbox, feeds and settings it codes with."""
    described = json.dumps(arguments, sort_keys=True, default=str)
    return f"{DEFAULT_NAME}-{hashlib.sha256(described.encode()).hexdigest()[:8]}"


def serve_inbox(arguments: dict, name: str, schedule: dict) -> int:
    """Serve the inbox flow until Ctrl-C or SIGTERM; returns how many scheduled runs were
    cleared at the start (left by earlier processes, or made before this update of the
    deployment, which the scheduler makes again)."""
    # The runner looks for due runs at least as often as they fall due (Prefect: every 10 s).
    seconds = min(float(schedule.get("interval") or POLL_SECONDS), POLL_SECONDS)
    runner = Runner(name=name, pause_on_shutdown=True, query_seconds=seconds)
    # A run that falls due while the last one still codes is cancelled, not queued: the next
    # run codes whatever it would have, and late runs never pile up behind a slow one.
    one_at_a_time = ConcurrencyLimitConfig(
        limit=1, collision_strategy=ConcurrencyLimitStrategy.CANCEL_NEW
    )
    deployment: UUID = runner.add_flow(  # type: ignore[assignment]  # sync outside a loop
        code_inbox,
        name=name,
        parameters=arguments,
        concurrency_limit=one_at_a_time,
        **schedule,
    )
    cleared = clear_scheduled_runs(deployment)
    crash_orphaned_runs(deployment)
    try:
        asyncio.run(runner.start())
    except KeyboardInterrupt:
        pass
    finally:
        with get_client(sync_client=True) as client:
            client.set_deployment_paused_state(deployment, paused=True)
        clear_scheduled_runs(deployment)
    return cleared


def crash_orphaned_runs(deployment: UUID) -> int:
    """Mark Crashed the deployment's runs still pending or running: the process that ran them
    was killed (this one has not started any), and each would hold the deployment's one
    concurrency slot for good, so that every later run is cancelled and nothing is coded."""
    orphaned = FlowRunFilter(
        state=FlowRunFilterState(
            type=FlowRunFilterStateType(
                any_=[StateType.PENDING, StateType.RUNNING, StateType.CANCELLING]
            )
        )
    )
    ours = DeploymentFilter(id=DeploymentFilterId(any_=[deployment]))
    message = "left running by an eventcoder serve that was killed"
    with get_client(sync_client=True) as client:
        runs = client.read_flow_runs(flow_run_filter=orphaned, deployment_filter=ours)
        for run in runs:
            client.set_flow_run_state(run.id, Crashed(message=message), force=True)
    return len(runs)


def clear_scheduled_runs(deployment: UUID) -> int:
    """Delete the deployment's runs that are scheduled and have not started."""
    scheduled = FlowRunFilter(
        state=FlowRunFilterState(type=FlowRunFilterStateType(any_=[StateType.SCHEDULED]))
    )
    ours = DeploymentFilter(id=DeploymentFilterId(any_=[deployment]))
    cleared = 0
    with get_client(sync_client=True) as client:
        while runs := client.read_flow_runs(
            flow_run_filter=scheduled, deployment_filter=ours, limit=200
        ):
            for run in runs:
                client.delete_flow_run(run.id)
            cleared += len(runs)
    return cleared
