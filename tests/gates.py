"""The quality gates' counts (axe, the Nu Html Checker), printed at the end of every test run.

A gate test calls :func:`record` with what it checked; ``tests/conftest.py`` prints the lines in
pytest's summary, so CI's output shows how many pages each gate covered and what it found.
"""

GATE_LINES: list[str] = []


def record(line: str) -> None:
    GATE_LINES.append(line)
