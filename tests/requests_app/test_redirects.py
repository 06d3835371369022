"""After updating an assignment the focal point goes back where they came from, never to another site."""

import pytest

from tests.factories import AssignmentFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "next_url,expected",
    [
        ("/my/", "/my/"),
        ("https://evil.example/", None),
        ("//evil.example/", None),
        ("/\\evil.example/", None),
        ("", None),
    ],
)
def test_next_stays_on_the_portal(client, focal_point, next_url, expected):
    assignment = AssignmentFactory()
    client.force_login(focal_point)
    response = client.post(
        f"/assignments/{assignment.pk}/status/",
        {f"a{assignment.pk}-status": "accepted", f"a{assignment.pk}-version": assignment.request.version,
         "next": next_url},
    )  # fmt: skip
    assert response.status_code == 302
    assert response["Location"] == (expected or assignment.request.get_absolute_url())
