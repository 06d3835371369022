"""Every role's session ends when idle too long, and after its absolute limit however busy."""

import time

import pytest

from core.middleware import SessionLimitMiddleware

pytestmark = pytest.mark.django_db


def _age(client, *, started: int = 0, seen: int = 0) -> None:
    session = client.session
    now = int(time.time())
    session[SessionLimitMiddleware.STARTED] = now - started
    session[SessionLimitMiddleware.SEEN] = now - seen
    session.save()


@pytest.mark.parametrize("role", ["pcso", "coordinator", "focal_point", "staff"])
def test_a_session_idle_past_its_roles_limit_is_ended(client, request, settings, role):
    client.force_login(request.getfixturevalue(role))
    assert client.get("/my/personal-data/").status_code == 200
    idle = settings.SESSION_IDLE_SECONDS[role]
    _age(client, started=idle - 10, seen=idle - 10)
    assert client.get("/my/personal-data/").status_code == 200  # still within the limit
    _age(client, started=idle + 5, seen=idle + 5)
    response = client.get("/my/personal-data/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


@pytest.mark.parametrize("role", ["pcso", "staff"])
def test_a_busy_session_still_ends_at_its_absolute_limit(client, request, settings, role):
    client.force_login(request.getfixturevalue(role))
    _age(client, started=settings.SESSION_ABSOLUTE_SECONDS[role] + 5, seen=30)
    assert client.get("/my/personal-data/").status_code == 302


def test_every_role_has_limits_and_the_cookie_never_outlives_them(settings):
    for role in ("staff", "pcso", "coordinator", "focal_point", ""):
        assert 0 < settings.SESSION_IDLE_SECONDS[role] <= settings.SESSION_ABSOLUTE_SECONDS[role]
    assert max(settings.SESSION_ABSOLUTE_SECONDS.values()) >= settings.SESSION_COOKIE_AGE
    assert settings.SESSION_IDLE_SECONDS["pcso"] <= 4 * 3600  # not the 14 days of Django's default


def test_a_new_log_in_starts_the_clock(client, pcso):
    pcso.set_password("pass-12345")
    pcso.save()
    client.post("/accounts/login/", {"username": pcso.username, "password": "pass-12345"})
    started = client.session[SessionLimitMiddleware.STARTED]
    assert abs(started - time.time()) < 5
