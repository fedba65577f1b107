"""The README's figures and example outputs are the commands' own: each is checked here (the
`make demo` figures in test_cli.py, on its sample warehouse), so they cannot drift from what a
user sees."""

from __future__ import annotations

import re
import shlex

import pytest
from typer.testing import CliRunner

from flows.cli import app
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
# A fenced block that opens with a command: "$ eventcoder ..." and the output it prints.
EXAMPLE = re.compile(r"```(?:console|sh)\n\$ eventcoder (.+?)\n(.*?)```", re.S)


def run(args: list[str]) -> str:
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize(
    ("command", "shown"),
    [pytest.param(c, o, id=c.split()[0]) for c, o in EXAMPLE.findall(README)],
)
def test_each_example_prints_what_the_readme_shows(command, shown):
    printed = [line.rstrip() for line in run(shlex.split(command)).splitlines()]
    assert printed == [line.rstrip() for line in shown.splitlines()]


def test_the_examples_are_found():
    assert {c.split()[0] for c, _ in EXAMPLE.findall(README)} >= {"explain", "dictionaries"}


def test_lint_figures_are_the_shipped_files():
    found = re.search(r"give no errors, ([\d,]+) conflicts and ([\d,]+) warnings", README)
    assert found is not None
    summary = CliRunner().invoke(app, ["dictionaries", "lint"]).output.splitlines()[-1]
    conflicts, warnings = (int(n.replace(",", "")) for n in found.groups())
    assert summary == f"0 errors, {conflicts} conflicts, {warnings} warnings"
