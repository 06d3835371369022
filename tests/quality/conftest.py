"""Counts of the fuzzing examples, printed at the end of the run and written to artifacts/."""

from collections import Counter
from pathlib import Path

import pytest

SUMMARY = Path(__file__).resolve().parents[2] / "artifacts" / "fuzz-summary.txt"

#: target → generated inputs sent to it in this session; failures → inputs that found a problem
FUZZ_EXAMPLES: Counter = Counter()
FUZZ_FAILURES: Counter = Counter()
FUZZ_SAVED: Counter = Counter()  # inputs that were right and got the success redirect


def _summary() -> str:
    lines = [
        f"{target}\t{count}\t{FUZZ_SAVED[target]}\t{FUZZ_FAILURES[target]}"
        for target, count in sorted(FUZZ_EXAMPLES.items())
    ]
    total, failed, saved = sum(FUZZ_EXAMPLES.values()), sum(FUZZ_FAILURES.values()), sum(FUZZ_SAVED.values())
    head = (
        f"fuzz: {total} generated inputs on {len(FUZZ_EXAMPLES)} targets "
        f"({saved} accepted and saved, the rest refused), {failed} targets failed"
    )
    return "\n".join([head, "target\tinputs\tsaved\tfailed", *lines]) + "\n"


@pytest.hookimpl(trylast=True)
def pytest_terminal_summary(terminalreporter):
    if FUZZ_EXAMPLES:
        terminalreporter.write_line(_summary().splitlines()[0])


def pytest_sessionfinish(session):
    if FUZZ_EXAMPLES:
        SUMMARY.parent.mkdir(parents=True, exist_ok=True)
        SUMMARY.write_text(_summary(), encoding="utf-8")
