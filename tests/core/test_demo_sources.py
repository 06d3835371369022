"""The demo tells only what the two source pages say (issue 17, item 7): invented facts removed,
inferred values marked in the data and on the page."""

import pytest
from django.core.management import call_command

from news.models import Article
from requests_app.models import Request
from workshops.models import Activity, Participation, Workshop

pytestmark = pytest.mark.django_db

NORTH = "2013-11-01-chiang-mai"


@pytest.fixture
def demo():
    call_command("load_demo", verbosity=0)


def test_no_organiser_speaker_agency_or_giver_the_pages_do_not_name(demo):
    north = Workshop.objects.get(slug=NORTH)
    assert north.organising_centre is None
    assert not Participation.objects.filter(workshop=north, agency__code="OPS").exists()
    assert not Participation.objects.filter(agency__code="GISTDA").exists()
    assert not Activity.objects.filter(agency__code="GISTDA").exists()
    # The people on stage are person records, as the page names them.
    chair = north.people.get(role="chair").person
    assert chair.name == "ดร.พีรพันธุ์ พาลุสุข"
    assert chair.position == "รัฐมนตรีว่าการกระทรวงวิทยาศาสตร์และเทคโนโลยี"


def test_2013_requests_say_each_provinces_need_in_the_pages_words(demo, client):
    nan = Request.objects.get(reference="2557-0006")
    assert nan.description == "จังหวัดน่านสนับสนุนการพัฒนาเครื่องเงิน"
    descriptions = set(
        Request.objects.filter(reference__startswith="2557-").values_list("description", flat=True)
    )
    assert len(descriptions) == 8  # no boilerplate shared by all
    # The page gives no category: the record and its page say the category is inferred.
    assert "ข่าวไม่ได้ระบุ" in nan.inferred
    html = client.get("/requests/2557-0006/").content.decode()
    assert "data-inferred" in html and "ข่าวไม่ได้ระบุ" in html


def test_phu_luang_has_no_invented_dates_and_says_what_is_inferred(demo, client):
    phu_luang = Request.objects.get(reference="2552-0001")
    assert phu_luang.submitted_at is None
    assert phu_luang.assignments.get(agency__code="TINT").mechanism.name_en.startswith("irradiation services")
    html = client.get("/stats/").content.decode()
    # The only "median days" came from the invented dates: now there is none.
    assert 'data-figure="median_days">–<' in html
    page = client.get("/requests/2552-0001/").content.decode()
    assert "data-inferred" in page


def test_programme_article_shows_no_date_and_links_its_four_workshops(demo, client):
    article = Article.objects.get(slug="provincial-sti-integration-programme")
    assert article.undated
    html = client.get(article.get_absolute_url()).content.decode()
    assert "<time" not in html.split('class="article__meta"')[1].split("</p>")[0]
    for workshop in Workshop.objects.in_fiscal_year(2552):
        assert workshop.get_absolute_url() in html
    listing = client.get("/news/").content.decode()
    block = listing.split(article.get_absolute_url())[1][:400]
    assert "<time" not in block
