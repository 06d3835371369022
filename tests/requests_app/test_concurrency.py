"""Parallel changes of one request lose nothing (PostgreSQL: SQLite has no row locks)."""

import threading

import pytest
from django.db import connection, connections

from requests_app import services
from requests_app.models import Category, Request, RequestEvent
from tests.factories import RequestFactory

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="needs PostgreSQL: SQLite serialises writers and has no SELECT ... FOR UPDATE to test",
    ),
]

THREADS = 8


def _in_threads(work, count: int = THREADS) -> list[BaseException]:
    errors: list[BaseException] = []
    barrier = threading.Barrier(count)

    def run(index: int) -> None:
        try:
            barrier.wait()
            work(index)
        except BaseException as error:  # noqa: BLE001 — reported by the test
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(index,)) for index in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def test_parallel_comments_and_status_changes_lose_nothing(coordinator, staff):
    request = RequestFactory(status=Request.Status.SUBMITTED)

    def work(index: int) -> None:
        actor = coordinator if index % 2 else staff
        services.request_comment(request=request, actor=actor, text=f"บันทึก {index}", internal=bool(index % 3))

    assert _in_threads(work) == []
    request.refresh_from_db()
    assert request.version == 1 + THREADS
    assert sorted(RequestEvent.objects.filter(request=request).values_list("message", flat=True)) == sorted(
        f"บันทึก {index}" for index in range(THREADS)
    )


def test_two_people_answering_the_same_version_one_wins(pcso, coordinator):
    request = RequestFactory(status=Request.Status.SUBMITTED)
    opened = request.version
    outcomes: list[str] = []

    def work(index: int) -> None:
        try:
            if index == 0:
                services.request_withdraw(request=request, actor=pcso, reason="ซ้ำ", expected_version=opened)
            else:
                services.request_transition(
                    request=request, actor=coordinator, to_status=Request.Status.NOT_FEASIBLE,
                    reason="เกินขอบเขต", expected_version=opened,
                )  # fmt: skip
            outcomes.append("ok")
        except Exception as error:  # noqa: BLE001
            outcomes.append(type(error).__name__)

    assert _in_threads(work, 2) == []
    assert sorted(outcomes) == ["ValidationError", "ok"]
    request.refresh_from_db()
    assert request.version == opened + 1
    assert RequestEvent.objects.filter(request=request, kind="status").count() == 1


def test_parallel_submissions_get_distinct_references(pcso):
    category = Category.objects.get(number=1)

    def work(index: int) -> None:
        services.request_create(actor=pcso, category=category, title=f"โจทย์ {index}", description="ลำไย")

    assert _in_threads(work) == []
    sequences = sorted(Request.objects.filter(title__startswith="โจทย์ ").values_list("sequence", flat=True))
    assert len(set(sequences)) == THREADS
    assert sequences == list(range(sequences[0], sequences[0] + THREADS))
