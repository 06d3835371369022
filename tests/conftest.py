"""Role fixtures for every test: anonymous, PCSOs, coordinators, a focal point, staff, superuser.

Scopes used throughout: the PCSO acts for Chiang Mai (in ศวภ.1's area); the other PCSO for Udon
Thani (outside it); the coordinator belongs to ศวภ.1, the out-of-scope coordinator to ศวภ.2;
the focal point answers for the Department of Science Service (DSS).
"""

import pytest
from django.core.cache import cache

from accounts.models import User
from accounts.services import user_set_role
from agencies.models import Agency
from provinces.models import Province, RegionalCentre
from tests.factories import UserFactory


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()
    yield
    cache.clear()


def _user(username: str, role: str, **links) -> User:
    user = UserFactory(username=username)
    return user_set_role(user=user, role=role, **links)


@pytest.fixture
def pcso(db) -> User:
    return _user("pcso_chiangmai", User.Role.PCSO, province=Province.objects.get(code="50"))


@pytest.fixture
def other_pcso(db) -> User:
    return _user("pcso_udon", User.Role.PCSO, province=Province.objects.get(code="41"))


@pytest.fixture
def coordinator(db) -> User:
    return _user("coord_rcc1", User.Role.COORDINATOR, regional_centre=RegionalCentre.objects.get(number=1))


@pytest.fixture
def other_coordinator(db) -> User:
    return _user("coord_rcc2", User.Role.COORDINATOR, regional_centre=RegionalCentre.objects.get(number=2))


@pytest.fixture
def focal_point(db) -> User:
    return _user("focal_dss", User.Role.FOCAL_POINT, agency=Agency.objects.get(code="DSS"))


@pytest.fixture
def staff(db) -> User:
    return _user("staff", User.Role.STAFF)


@pytest.fixture
def superuser(db) -> User:
    user = UserFactory(username="root", is_superuser=True, is_staff=True)
    return user


@pytest.fixture
def client_for(client):
    """``client_for(user)``: the test client logged in as ``user`` (anonymous for None)."""

    def _login(user):
        client.logout()
        if user is not None:
            client.force_login(user)
        return client

    return _login


@pytest.hookimpl(trylast=True)
def pytest_terminal_summary(terminalreporter):
    """The quality gates' counts (tests/gates.py), where CI's log shows them."""
    from tests.gates import GATE_LINES

    for line in GATE_LINES:
        terminalreporter.write_line(line)
