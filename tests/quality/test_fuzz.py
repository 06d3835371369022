"""Hypothesis throws bad input at every query parameter and form of the public and PCSO pages.

Whatever comes in, a page answers without a server error (no 500, no exception escaping the
view), shows what is wrong as a form with messages in the page's language, and saves nothing
half-way: the rows of requests, their events, attachments and assignments change only when the
response is the success redirect.

The parameters come from the views themselves (their FilterSet, form or API filters), so a filter
added to a page is fuzzed without touching this file; ``test_every_page_is_a_target`` fails when
a new address appears that is neither fuzzed here nor listed as out of scope.
"""

import os
import re
from dataclasses import dataclass, field
from html import unescape
from urllib.parse import quote, urlencode

import pytest
from django.contrib.messages import constants as message_levels
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import URLPattern, URLResolver, get_resolver, resolve
from django.utils import translation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agencies.models import Agency, Deliverer, Mechanism
from requests_app.models import Assignment, Attachment, Category, Request, RequestEvent
from tests.factories import AssignmentFactory, RequestFactory
from tests.quality.conftest import FUZZ_EXAMPLES, FUZZ_FAILURES, FUZZ_SAVED

pytestmark = pytest.mark.django_db

MAX_EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "40"))
FUZZ = settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    database=None,  # no .hypothesis/ directory in the checkout; every run draws afresh
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
)
THAI = re.compile("[\u0e00-\u0e7f]")

# --- Bad input ---------------------------------------------------------------------------------------

NASTY = [
    "", " ", "\x00", "a\x00b", "'", '"', "\\", "%", "%%", "%00", "%ff", "--", "' OR 1=1 --", "<script>alert(1)</script>",
    "../../etc/passwd", "-1", "0", "1", "2557", "๒๕๕๗", "2557.5", "1e309", "NaN", "inf", "-0", "99999999999999999999999",
    "9223372036854775808", "-9223372036854775809", "2147483648", "\u202e", "\ufeff", "null", "[]", "{}", "true", "on",
    "²", "١٢", "๑", "1\u0660", "a" * 5000, "ก" * 3000, "\U0001f600", "\r\n", "1,2", "2557-0001", "chiang-mai", "DSS", "north",
    "x" * (3 * 1024 * 1024), "1\x00", "\x00" * 300, "18446744073709551616", "-2147483649",  # issue 12: 3 MB, NUL, overflow
]  # fmt: skip
TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300)
JUNK = st.one_of(st.sampled_from(NASTY), TEXT, st.integers().map(str), st.floats().map(str))


def value_of(valid: list[str]) -> st.SearchStrategy[str]:
    """A valid value now and then (so filters combine for real), bad input otherwise."""
    return st.one_of(st.sampled_from(valid), JUNK) if valid else JUNK


def _valid_values(form_field) -> list[str]:
    """The values a form field accepts (choices, or the keys of its queryset)."""
    queryset = getattr(form_field, "queryset", None)
    if queryset is not None:
        key = getattr(form_field, "to_field_name", None) or "pk"
        return [str(v) for v in queryset.values_list(key, flat=True)[:50]]
    choices = getattr(form_field, "choices", None)
    if choices is not None:
        values = []
        for value, label in choices:
            if isinstance(label, list | tuple):  # option groups
                values += [str(v) for v, _label in label]
            else:
                values.append(str(value))
        return values
    if form_field.__class__.__name__ in ("BooleanField", "NullBooleanField"):
        return ["true", "false", "on", "1", "0"]
    return []


def params_of(path: str) -> dict[str, list[str]]:
    """The query parameters a page reads, each with its valid values, found on the view itself."""
    with translation.override("th"):
        match = resolve(path.split("?")[0])
    view = getattr(match.func, "view_class", None) or getattr(match.func, "cls", None)
    params: dict[str, list[str]] = {}
    filterset_class = getattr(view, "filterset_class", None)
    if filterset_class is not None:
        for name, form_field in filterset_class().form.fields.items():
            params[name] = _valid_values(form_field)
    for name, form_field in getattr(view, "fuzz_form_fields", {}).items():
        params[name] = _valid_values(form_field)
    if getattr(view, "paginate_by", None) or getattr(view, "pagination_class", None):
        params["page"] = ["1", "2", "last"]
    if getattr(view, "pagination_class", None):
        params["format"] = ["json", "csv", "api"]
        params["page_size"] = ["1", "100", "500"]
    return params


@st.composite
def query_strings(draw, params: dict[str, list[str]]) -> str:
    """A query string: some of the page's parameters (maybe repeated), unknown ones, broken encoding."""
    pairs = []
    for name, valid in params.items():
        for _ in range(draw(st.integers(0, 2))):
            pairs.append((name, draw(value_of(valid))))
    if draw(st.booleans()):
        pairs.append((draw(st.sampled_from(["utm_source", "x", "", "page", "q[]", "\x00"])), draw(JUNK)))
    draw(st.randoms()).shuffle(pairs)
    query = urlencode(pairs, safe="")
    if draw(st.integers(0, 5)) == 0:  # bytes a browser would never send: bad percent-encoding, raw junk
        query += "&" + draw(
            st.sampled_from(["%ff%fe", "q=%E0%B8", "%", "q=%zz", "&&==", "fy=%00", "page=%C0%AF"])
        )
    return query


# --- What every answer must respect ----------------------------------------------------------------


def row_counts() -> tuple[int, int, int, int]:
    return (
        Request.objects.count(),
        RequestEvent.objects.count(),
        Attachment.objects.count(),
        Assignment.objects.count(),
    )


def error_texts(html: str) -> list[str]:
    """The error messages a page shows: field and form errors, and error messages on top."""
    items = []
    for block in re.findall(r'<ul class="errorlist[^"]*"[^>]*>(.*?)</ul>', html, re.S):
        items += re.findall(r"<li>(.*?)</li>", block, re.S)
    items += re.findall(r'<p class="message message--error">(.*?)</p>', html, re.S)
    return [unescape(re.sub(r"<[^>]+>", "", item)).strip() for item in items]


def assert_errors_in_language(response, thai: bool, submitted: list[str]) -> None:
    """Errors on a Thai page are in Thai; on an English page, in English (besides what was typed)."""
    for text in error_texts(response.content.decode()):
        own = re.sub(r"“[^”]*”", "", text)  # what the messages quote is the person's own input
        for value in sorted(submitted, key=len, reverse=True):
            if value:
                own = own.replace(value.strip(), "")
        if thai:
            assert THAI.search(own), f"an error on a Thai page is not in Thai: {text!r}"
        else:
            assert not THAI.search(own), f"an error on an English page is in Thai: {text!r}"


def succeeded(response) -> bool:
    """The success redirect: a redirect carrying a success message."""
    if response.status_code not in (301, 302, 303):
        return False
    return any(m.level == message_levels.SUCCESS for m in get_messages(response.wsgi_request))


@dataclass
class Target:
    """One page to fuzz: a name for the summary, and how to send one generated input."""

    name: str
    strategy: st.SearchStrategy
    send: object  # callable(example) -> (response, thai: bool, submitted: list[str])
    ok: tuple[int, ...] = (200, 301, 302, 400, 403, 404, 405)
    forms: bool = field(default=False)  # a 200 may be a form with errors to check
    client: object = None  # follows redirects to the page showing the messages


def fuzz(target: Target) -> None:
    """Run the target's examples; every one must keep the rules above."""

    @FUZZ
    @given(example=target.strategy)
    def run(example):
        FUZZ_EXAMPLES[target.name] += 1
        before = row_counts()
        response, thai, submitted = target.send(example)
        assert response.status_code in target.ok, (response.status_code, example)
        success = succeeded(response)
        FUZZ_SAVED[target.name] += success
        if not success:
            assert row_counts() == before, f"rows changed without a success redirect: {example!r}"
        if target.forms and response.status_code in (200, 400):
            assert_errors_in_language(response, thai, submitted)
        location = response.get("Location", "")
        if (
            response.status_code in (301, 302, 303)
            and location.startswith("/")
            and not location.startswith("//")
        ):
            # The page the person lands on shows the messages, in its own language.
            landing = target.client.get(location)
            assert landing.status_code in target.ok, (location, example)
            if target.forms and not success and landing.status_code == 200:
                assert_errors_in_language(landing, not location.startswith("/en/"), submitted)

    try:
        run()
    except BaseException:
        FUZZ_FAILURES[target.name] += 1
        raise


def lang_prefix() -> st.SearchStrategy[str]:
    return st.sampled_from(["", "/en"])


# --- Public pages -------------------------------------------------------------------------------------

PUBLIC_PATHS = [
    "/", "/news/", "/news/2013-11-01-sti-integration-north/", "/news/2013-11-01-sti-integration-north.pdf",
    "/news/2013-11-01-sti-integration-north/print/", "/feeds/news/", "/workshops/", "/workshops/upcoming.ics",
    "/workshops/2013-11-01-chiang-mai/", "/workshops/2013-11-01-chiang-mai.ics", "/requests/",
    "/requests/2552-0001/", "/requests/export/csv/", "/requests/export/xlsx/", "/stats/", "/stats/status.csv",
    "/search/", "/provinces/", "/provinces/chiang-mai/", "/clusters/", "/clusters/north-upper-1/", "/centres/",
    "/centres/1/", "/agencies/", "/agencies/dss/", "/accounts/login/", "/accounts/password_reset/",
    "/about/", "/contact/", "/policy/", "/privacy/", "/cookies/", "/security/", "/accessibility/", "/faq/",
    "/sitemap/", "/open-data/", "/open-data/catalog.jsonld", "/provinces/loei/plans/",
]  # fmt: skip
API_PATHS = [
    "/api/v1/", "/api/v1/provinces/", "/api/v1/clusters/", "/api/v1/centres/", "/api/v1/agencies/",
    "/api/v1/workshops/", "/api/v1/requests/", "/api/v1/requests/2552-0001/", "/api/v1/stats/",
    "/api/v1/provinces/50/", "/api/v1/clusters/north-upper-1/", "/api/v1/centres/1/", "/api/v1/agencies/dss/",
    "/api/v1/workshops/2013-11-01-chiang-mai/",
    "/api/v1/schema/",
]  # fmt: skip
#: Parameters a page reads itself (not from a FilterSet or a paginator on the view).
EXTRA_PARAMS = {
    "/search/": {
        "q": ["ลำใย", "ลำไย", "เกษตร", "Chiang Mai", "a"],
        "kind": ["news", "workshop", "request", "agency"],
    },
    "/stats/": {"fy": ["2557", "2552"], "region": ["north", "northeast", "central", "south"]},
    "/stats/status.csv": {"fy": ["2557"], "region": ["north"]},
    "/provinces/": {"fy": ["2557", "2552"], "region": ["north"]},
    "/api/v1/stats/": {"fiscal_year": ["2557"], "region": ["north"]},
    "/accounts/login/": {"next": ["/my/", "https://evil.example/", "//evil.example", "/\\evil"]},
}


def _get_target(path: str, client, language: bool = True) -> Target:
    params = params_of(path)
    params.update(EXTRA_PARAMS.get(path, {}))
    params.setdefault("q", ["ลำใย"])  # any page: a stray q must not hurt
    prefixes = lang_prefix() if language else st.just("")

    def send(example):
        prefix, query = example
        return client.get(f"{prefix}{path}?{query}"), prefix == "", []

    return Target(
        name=f"GET {path}", strategy=st.tuples(prefixes, query_strings(params)), send=send, client=client
    )


def test_public_pages_take_any_query(client):
    call_command("load_demo", verbosity=0)
    for path in PUBLIC_PATHS:
        fuzz(_get_target(path, client))
    for path in API_PATHS:
        fuzz(_get_target(path, client, language=False))


def test_bad_addresses_are_not_found(client):
    """Junk in the path itself (slugs, references, numbers): a 404, never a 500."""
    call_command("load_demo", verbosity=0)
    shapes = [
        "/news/{}/", "/news/{}.pdf", "/workshops/{}/", "/workshops/{}.ics", "/requests/{}/", "/provinces/{}/",
        "/clusters/{}/", "/centres/{}/", "/agencies/{}/", "/stats/{}.csv", "/api/v1/requests/{}/", "/provinces/{}/plans/",
        "/api/v1/provinces/{}/", "/api/v1/workshops/{}/", "/requests/export/{}/",
    ]  # fmt: skip
    segment = st.one_of(JUNK, st.sampled_from(["9999-9999", "2557-0001", "0", "99999999999999999999"]))

    def send(example):
        shape, value = example
        return client.get(shape.format(quote(value, safe="")) if value else shape.format("x")), True, []

    fuzz(
        Target(
            name="GET <bad address>",
            strategy=st.tuples(st.sampled_from(shapes), segment),
            send=send,
            client=client,
        )
    )


# --- Account forms ------------------------------------------------------------------------------------


def test_login_and_password_reset_forms(client, pcso):
    call_command("load_demo", verbosity=0)

    def login(example):
        prefix, data = example
        response = client.post(f"{prefix}/accounts/login/", data)
        client.logout()
        return response, prefix == "", list(data.values())

    login_data = st.fixed_dictionaries(
        {},
        optional={
            "username": value_of(["pcso_chiangmai", "PCSO_CHIANGMAI"]),
            "password": value_of(["pass-12345", "wrong"]),
            "next": value_of(["/my/", "https://evil.example/", "//evil.example"]),
        },
    )
    fuzz(
        Target(
            "POST /accounts/login/", st.tuples(lang_prefix(), login_data), login, forms=True, client=client
        )
    )

    def reset(example):
        prefix, data = example
        return client.post(f"{prefix}/accounts/password_reset/", data), prefix == "", list(data.values())

    reset_data = st.fixed_dictionaries({}, optional={"email": value_of(["user@example.go.th", "a@b", "@"])})
    fuzz(
        Target(
            "POST /accounts/password_reset/",
            st.tuples(lang_prefix(), reset_data),
            reset,
            forms=True,
            client=client,
        )
    )


def test_personal_data_forms(client, pcso, coordinator):
    """The rights-request form, the downloads and the desk's release of a held request take any input."""
    from privacy.models import PersonalDataHold, RightsRequest

    call_command("load_demo", verbosity=0)
    held = Request.objects.filter(status=Request.Status.SUBMITTED).first() or RequestFactory(
        status="submitted"
    )
    PersonalDataHold.objects.get_or_create(request=held, defaults={"found": []})
    client.force_login(pcso)

    def ask(example):
        prefix, data = example
        before = RightsRequest.objects.count()
        response = client.post(f"{prefix}/my/personal-data/", data)
        if response.status_code != 302:
            assert RightsRequest.objects.count() == before
        return response, prefix == "", list(data.values())

    rights_data = st.fixed_dictionaries(
        {}, optional={"kind": value_of(["access", "correction", "erasure", "objection"]), "details": JUNK}
    )
    fuzz(
        Target(
            "POST /my/personal-data/", st.tuples(lang_prefix(), rights_data), ask, forms=True, client=client
        )
    )

    def download(example):
        prefix, fmt = example
        return client.get(f"{prefix}/my/personal-data/download.{quote(fmt, safe='')}"), prefix == "", []

    fuzz(Target("GET /my/personal-data/download", st.tuples(lang_prefix(), value_of(["json", "csv"])), download,
                client=client))  # fmt: skip

    def release(example):
        user, reference, data = example
        client.force_login(user)
        return (
            client.post(f"/desk/held/{quote(reference, safe='')}/release/", data),
            True,
            list(data.values()),
        )

    release_data = st.fixed_dictionaries({}, optional={"note": JUNK})
    references = value_of([held.reference, "2557-0001", "2552-0001"])
    fuzz(Target("POST /desk/held/<reference>/release/", st.tuples(st.sampled_from([pcso, coordinator]), references,
                release_data), release, client=client))  # fmt: skip


def test_two_factor_enrolment_form(client, staff):
    """Whatever staff type as the code on an enrolment link, the page answers with a form error."""
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from accounts.models import TwoFactorInvitation
    from accounts.two_factor import invitation_issue

    link = invitation_issue(TwoFactorInvitation(user=staff), issued_by=None)
    path = "/" + link.split("://", 1)[1].split("/", 1)[1]
    assert (
        client.post("/accounts/login/", {"username": staff.username, "password": "pass-12345"}).status_code
        == 302
    )

    def enrol(example):
        prefix, data = example
        response = client.post(f"{prefix}{path}", data)
        assert not TOTPDevice.objects.filter(user=staff, confirmed=True).exists()
        return response, prefix == "", list(data.values())

    token_data = st.fixed_dictionaries(
        {}, optional={"token": value_of(["123456", "000000", "12345", "๑๒๓๔๕๖"])}
    )
    fuzz(Target("POST /accounts/two-factor/enrol/<token>/", st.tuples(lang_prefix(), token_data), enrol,
                forms=True, client=client))  # fmt: skip


def test_admin_log_in_with_a_code(client, staff):
    """The admin's log-in with the second factor on: any username, password and code, never a 500."""
    from django.test import override_settings
    from django_otp.plugins.otp_totp.models import TOTPDevice

    TOTPDevice.objects.create(user=staff, name="phone", confirmed=True)

    def log_in(data):
        with override_settings(STAFF_REQUIRE_OTP=True):
            response = client.post("/admin/login/?next=/admin/", data)
        assert response.status_code != 302 or data.get("password") == "pass-12345"
        return response, True, list(data.values())

    data = st.fixed_dictionaries(
        {"username": value_of(["staff", "root", ""]), "password": value_of(["pass-12345", "wrong"])},
        optional={"otp_token": value_of(["123456", "๑๒๓๔๕๖", "12 34 56", "000000"])},
    )
    fuzz(Target("POST /admin/login/ (with a code)", data, log_in, client=client))


MULTIPART = [
    b'--x\r\nContent-Disposition: form-data; name="title"\r\n\r\nabc',  # never closed
    b"--x\r\nContent-Disposition: form-data\r\n\r\n\r\n--x--\r\n",  # a part without a name
    b'--x\r\nContent-Disposition: form-data; name="a"; filename="\x00.pdf"\r\n\r\n%PDF\r\n--x--\r\n',
    b"--y\r\nwrong boundary\r\n--y--",
    b"\x00\xff\xfe" * 100,
    b"--x--",
    b"",
]


def test_malformed_bodies(client, pcso):
    """Malformed multipart and form bodies on the forms anyone or a PCSO can post: 400 or a form, never 500."""
    client.force_login(pcso)
    anonymous = type(client)()
    paths = [
        "/requests/new/",
        "/en/requests/new/",
        "/accounts/login/",
        "/accounts/password_reset/",
        "/admin/login/",
    ]
    content_types = ["multipart/form-data; boundary=x", "multipart/form-data", "multipart/form-data; boundary=",
                     "application/x-www-form-urlencoded", "application/x-www-form-urlencoded; charset=tis-620"]  # fmt: skip

    def post(example):
        path, body, content_type, logged_in = example
        response = (client if logged_in else anonymous).generic("POST", path, body, content_type=content_type)
        return response, not path.startswith("/en/"), []

    bodies = st.one_of(st.sampled_from(MULTIPART), st.binary(max_size=500))
    fuzz(Target("POST malformed bodies", st.tuples(st.sampled_from(paths), bodies, st.sampled_from(content_types),
                                                   st.booleans()), post, client=client))  # fmt: skip


# --- The PCSO's pages -----------------------------------------------------------------------------------

NAMES = st.one_of(
    st.sampled_from(
        [
            "concept.pdf", "photo.JPG", "sheet.xlsx", "note.odt", "letter.docx", "evil.exe", "archive.pdf.exe",
            "noextension", ".pdf", "pdf", "../../../etc/passwd.pdf", "a" * 300 + ".pdf", "ก" * 250 + ".pdf",
            "name with spaces.png", "ชื่อไทย.pdf", "x.PDF ", "x.pdf\x00.exe", "<b>x</b>.pdf", "x" * 240 + ".jpeg",
        ]
    ),
    st.tuples(TEXT, st.sampled_from(["", ".pdf", ".png", ".exe", ".PDF"])).map(lambda parts: "".join(parts)),
)  # fmt: skip
SIZES = st.sampled_from([0, 1, 1024, Attachment.MAX_SIZE, Attachment.MAX_SIZE + 1])
CONTENT = st.sampled_from([b"%PDF-1.4\n", b"\x89PNG\r\n\x1a\n", b"MZ\x90\x00", b"", b"<?php ?>"])


@st.composite
def uploads(draw) -> list[SimpleUploadedFile]:
    files = []
    for _ in range(draw(st.integers(0, 3))):
        if draw(st.booleans()):
            files.append(SimpleUploadedFile("concept.pdf", b"%PDF-1.4\n", content_type="application/pdf"))
            continue
        name, size, head = draw(NAMES), draw(SIZES), draw(CONTENT)
        body = (head + b"\0" * size)[:size] if size else b""
        content_type = draw(
            st.sampled_from(["application/pdf", "image/png", "application/x-msdownload", "", "x"])
        )
        files.append(
            SimpleUploadedFile(name.replace("\x00", "") or "x", body, content_type=content_type or None)
        )
    return files


@st.composite
def corrupted(draw, valid: dict[str, str], bad: dict[str, st.SearchStrategy] | None = None) -> dict:
    """A valid form with a few fields dropped or replaced by bad input (so the deep checks run too)."""
    data = dict(valid)
    if draw(st.integers(0, 2)) == 0:
        return data  # a third of the time the form is right and the input goes all the way down
    for name in draw(st.sets(st.sampled_from(sorted(valid)), min_size=1, max_size=len(valid))):
        if draw(st.integers(0, 3)) == 0:
            del data[name]
        else:
            data[name] = draw((bad or {}).get(name, JUNK))
    return data


def request_fields(categories: list[str]) -> st.SearchStrategy[dict]:
    """The fields of the request form: valid, with some missing or bad."""
    valid = {
        "category": categories[0],
        "title": "ขอรับการสนับสนุนเครื่องอบแห้งลำไย",
        "description": "โรงอบลำไยของชุมชนต้องการเครื่องอบพลังงานแสงอาทิตย์",
        "beneficiaries": "วิสาหกิจชุมชน 3 กลุ่ม",
        "desired_outcome": "ลดความชื้นได้เร็วขึ้น",
        "action": "submit",
    }
    bad = {
        "category": value_of(categories),
        "title": st.one_of(st.just("x" * 301), JUNK),
        "action": value_of(["submit", "draft", "check"]),
    }
    return corrupted(valid, bad)


CURRENT = "<the version the form was opened at>"


def _post_form(client, path: str, obj: Request | None = None):
    def send(example):
        prefix, data, files = example
        payload = dict(data)
        if payload.get("version") == CURRENT:
            payload["version"] = str(Request.objects.get(pk=obj.pk).version)
        if files:
            payload["attachments"] = files
        response = client.post(f"{prefix}{path}", payload)
        return response, prefix == "", [str(v) for v in data.values()] + [f.name for f in files]

    return send


def test_pcso_request_forms(client, pcso):
    call_command("load_demo", verbosity=0)
    client.force_login(pcso)
    categories = [str(pk) for pk in Category.objects.values_list("pk", flat=True)]
    submitted = RequestFactory(province=pcso.province, status=Request.Status.SUBMITTED, filed_by=pcso)
    draft = RequestFactory(
        province=pcso.province, status=Request.Status.DRAFT, reference="", sequence=None, fiscal_year=None
    )
    strategy = st.tuples(lang_prefix(), request_fields(categories), uploads())
    fuzz(
        Target(
            "POST /requests/new/", strategy, _post_form(client, "/requests/new/"), forms=True, client=client
        )
    )

    edit_fields = request_fields(categories).flatmap(
        lambda data: corrupted({"version": CURRENT}).map(lambda version: {**data, **version})
    )
    for obj, path in (
        (submitted, f"/requests/{submitted.reference}/edit/"),
        (draft, f"/requests/draft/{draft.pk}/"),
    ):
        strategy = st.tuples(lang_prefix(), edit_fields, uploads())
        fuzz(Target(f"POST {path}", strategy, _post_form(client, path, obj), forms=True, client=client))

    similar = st.tuples(lang_prefix(), query_strings({"q": ["ลำไย", "เครื่องอบ"]}))
    fuzz(
        Target(
            "GET /requests/similar/",
            similar,
            lambda e: (client.get(f"{e[0]}/requests/similar/?{e[1]}"), e[0] == "", []),
            client=client,
        )
    )
    for path in ("/my/", "/requests/new/", f"/requests/{submitted.reference}/edit/"):
        fuzz(_get_target(path, client))


def test_pcso_comments_and_actions(client, pcso):
    call_command("load_demo", verbosity=0)
    client.force_login(pcso)
    mine = {
        "withdraw": RequestFactory(province=pcso.province, status=Request.Status.SUBMITTED, filed_by=pcso),
        "reopen": RequestFactory(province=pcso.province, status=Request.Status.NOT_FEASIBLE, filed_by=pcso),
        "confirm": RequestFactory(province=pcso.province, status=Request.Status.IN_DELIVERY, filed_by=pcso),
    }
    AssignmentFactory(request=mine["confirm"], status=Assignment.Status.DONE)
    for action, obj in mine.items():
        path = f"/requests/{obj.reference}/{action}/"
        data = corrupted({"reason": "ไม่ต้องการแล้ว", "version": CURRENT})
        fuzz(
            Target(
                f"POST {path}",
                st.tuples(lang_prefix(), data, st.just([])),
                _post_form(client, path, obj),
                forms=True,
                client=client,
            )
        )

    path = f"/requests/{mine['withdraw'].reference}/comment/"
    data = corrupted({"text": "ขอบคุณครับ", "internal": "on"})
    fuzz(
        Target(
            f"POST {path}",
            st.tuples(lang_prefix(), data, st.just([])),
            _post_form(client, path),
            forms=True,
            client=client,
        )
    )


# --- The desk (a coordinator) and an agency's focal point ---------------------------------------------


def test_desk_filters_and_bulk_assignment(client, coordinator, focal_point):
    call_command("load_demo", verbosity=0)
    client.force_login(coordinator)
    for path in ("/desk/", "/desk/export/csv/", "/desk/export/xlsx/", "/requests/2557-0001/assign/"):
        fuzz(_get_target(path, client))
    in_scope = [
        str(pk)
        for pk in Request.objects.filter(province__regional_centre__number=1).values_list("pk", flat=True)
    ]
    dss = Agency.objects.get(code="DSS")
    valid = {
        "requests": [in_scope[0]],
        "deliverer": str(dss.deliverer.pk),
        "mechanism": str(Mechanism.objects.filter(agency=dss).first().pk),
        "due_date": "31/12/2569",
        "note": "ด่วน",
        "query": "status=triage",
    }
    bad = {
        "requests": st.lists(value_of(in_scope), max_size=3),
        "deliverer": value_of([str(pk) for pk in Deliverer.objects.values_list("pk", flat=True)]),
        "mechanism": value_of([str(pk) for pk in Mechanism.objects.values_list("pk", flat=True)]),
        "due_date": value_of(["2026-12-31", "31/12/2569", "2569-12-31", "31/02/2569", "1/1/1"]),
    }
    data = corrupted(valid, bad)
    fuzz(
        Target(
            "POST /desk/assign/",
            st.tuples(lang_prefix(), data, st.just([])),
            _post_form(client, "/desk/assign/"),
            client=client,
        )
    )
    client.force_login(focal_point)
    fuzz(_get_target("/my/", client))


# --- Nothing left out ---------------------------------------------------------------------------------

#: Addresses deliberately not fuzzed here, with the reason.
NOT_FUZZED = {
    "healthz": "no input",
    "readyz": "no input; its answers (503 without a worker) are tests/background's",
    "sitemap": "no input",
    "set_language": "Django's own view",
    "api:schema": "fuzzed as /api/v1/schema/",
    "api:swagger": "a static page of drf-spectacular",
    "requests:attachment": "a file download, covered by the authorization matrix",
    "requests:assign": "the desk's form (fuzzed as GET; POST has the services' tests)",
    "requests:assignment_status": "the focal point's form, covered by the transition tests",
    "matching:": "staff-only desk actions; refused and bad input covered by tests/matching",
    "followup:follows": "no input but the session",
    "followup:feed_renew": "POST with no input but the session",
    "followup:feed": "a private token in the path: anything but a live token is a 404 (tests/followup)",
    "followup:toggle": "kind and key: unknown or hidden ones are a 404 (tests/followup)",
    "logout": "Django's own view",
    "password_": "Django's password views (the reset form is fuzzed)",
}


def _names(resolver: URLResolver, prefix: str = "") -> list[str]:
    names = []
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            if entry.app_name == "admin":
                continue
            names += _names(entry, f"{prefix}{entry.namespace}:" if entry.namespace else prefix)
        elif isinstance(entry, URLPattern) and entry.name:
            names.append(prefix + entry.name)
    return names


def test_every_page_is_a_target():
    """A new address is fuzzed (its view's filters are found on their own) or listed as out of scope."""
    with translation.override("th"):
        fuzzed = {
        resolve(path.split("?")[0]).view_name
        for path in [*PUBLIC_PATHS, *API_PATHS, "/my/", "/requests/new/", "/requests/similar/", "/desk/",
                     "/desk/assign/", "/desk/export/csv/", "/requests/2557-0001/edit/", "/requests/draft/1/",
                     "/requests/2557-0001/comment/", "/requests/2557-0001/withdraw/",
                     "/accounts/two-factor/", "/accounts/two-factor/enrol/token/", "/my/personal-data/", "/my/personal-data/download.json",
                     "/desk/held/2557-0001/release/"]
    }  # fmt: skip
    missing = [
        name
        for name in _names(get_resolver())
        if name not in fuzzed and not any(name.startswith(key) for key in NOT_FUZZED)
    ]
    assert not missing, (
        f"fuzz these pages in tests/quality/test_fuzz.py (or say why not): {sorted(set(missing))}"
    )
