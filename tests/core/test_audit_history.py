"""Every change to workshops, news and user roles is kept, with who made it, and staff can read it."""

import itertools

import pytest
from django.urls import reverse

from accounts.models import User
from accounts.services import user_set_role
from news.models import Article
from provinces.models import Province
from tests.factories import ArticleFactory, UserFactory, WorkshopFactory

pytestmark = pytest.mark.django_db


def test_an_admin_action_on_an_article_is_kept_with_the_staff_member(client, staff):
    article = ArticleFactory(title="ร่างข่าว", status=Article.Status.DRAFT, published_at=None)
    client.force_login(staff)
    client.post(
        reverse("admin:news_article_changelist"), {"action": "publish_now", "_selected_action": [article.pk]}
    )
    article.refresh_from_db()
    assert article.status == Article.Status.PUBLISHED
    latest = article.history.first()
    assert (latest.status, latest.history_user) == (Article.Status.PUBLISHED, staff)
    assert article.history.last().status == Article.Status.DRAFT
    page = client.get(reverse("admin:news_article_history", args=[article.pk]))
    assert page.status_code == 200
    assert staff.username in page.content.decode()


def test_workshop_edits_keep_every_version(client, staff):
    workshop = WorkshopFactory(participant_count=100)
    workshop.participant_count = 130
    workshop.save()
    versions = [h.participant_count for h in workshop.history.all()]
    assert versions == [130, 100]
    assert workshop.history.first().diff_against(workshop.history.last()).changed_fields == [
        "participant_count"
    ]
    client.force_login(staff)
    assert client.get(reverse("admin:workshops_workshop_history", args=[workshop.pk])).status_code == 200


def test_role_changes_are_kept_and_staff_can_read_but_not_change_them(client, staff):
    user = UserFactory(username="somchai")
    user_set_role(user=user, role=User.Role.PCSO, province=Province.objects.get(code="50"))
    user_set_role(user=user, role=User.Role.PCSO, province=Province.objects.get(code="51"))
    # Newest first; each role change is one save (and one record of the groups it changed).
    provinces = [
        code for code, _ in itertools.groupby(h.province.code for h in user.history.all() if h.province_id)
    ]
    assert provinces == ["51", "50"]
    assert not any(hasattr(h, "password") for h in user.history.all())
    client.force_login(staff)
    assert client.get(reverse("admin:accounts_user_history", args=[user.pk])).status_code == 200
    response = client.post(reverse("admin:accounts_user_change", args=[user.pk]), {"role": "staff"})
    assert response.status_code == 403
    user.refresh_from_db()
    assert (user.role, user.province.code) == (User.Role.PCSO, "51")


def test_pcso_cannot_read_the_history(client, pcso):
    workshop = WorkshopFactory()
    client.force_login(pcso)
    response = client.get(reverse("admin:workshops_workshop_history", args=[workshop.pk]))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
