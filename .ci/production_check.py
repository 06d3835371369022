"""Check a running production profile from outside, as the load balancer and a browser meet it.

Used by .ci/run after starting gunicorn exactly as README "Deploying" documents. Standard library
only; plain HTTP to the app server with the headers the load balancer adds (Host,
X-Forwarded-Proto). Cookies are kept by hand: production marks them Secure, which an HTTP client
would rightly refuse to send over plain HTTP.

    python .ci/production_check.py --base http://127.0.0.1:8000 --host portal.example \
        --admin /staff-ci/ --user ci-staff --password ... --key <hex TOTP key> [--healthz-only-503]
"""

import argparse
import hashlib
import hmac
import http.client
import json
import re
import struct
import sys
import time
import urllib.parse


def totp(key_hex: str, at: float | None = None) -> str:
    """RFC 6238 code (30 s, 6 digits, SHA-1), what an authenticator app shows."""
    counter = int((time.time() if at is None else at) // 30)
    digest = hmac.new(bytes.fromhex(key_hex), struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    return str((struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF) % 1_000_000).zfill(6)


class Client:
    def __init__(self, base: str, host: str):
        parsed = urllib.parse.urlsplit(base)
        self.netloc, self.host, self.cookies = parsed.netloc, host, {}

    def request(self, method, path, *, body=None, headers=None, host=None, https=True):
        connection = http.client.HTTPConnection(self.netloc, timeout=30)
        sent = {"Host": host or self.host, **(headers or {})}
        if https:
            sent["X-Forwarded-Proto"] = "https"
        if self.cookies:
            sent["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if body is not None:
            body = urllib.parse.urlencode(body)
            sent["Content-Type"] = "application/x-www-form-urlencoded"
        connection.request(method, path, body=body, headers=sent)
        response = connection.getresponse()
        text = response.read().decode("utf-8", "replace")
        for name, value in response.getheaders():
            if name.lower() == "set-cookie":
                cookie, _, _ = value.partition(";")
                key, _, val = cookie.partition("=")
                self.cookies[key.strip()] = val.strip()
        connection.close()
        return response, text


FAILURES: list[str] = []


def check(label: str, ok: bool, detail: str = "") -> None:
    print(("ok   " if ok else "FAIL ") + label + (f"  ({detail})" if detail and not ok else ""))
    if not ok:
        FAILURES.append(label)


def admin_login(client: Client, admin: str, user: str, password: str, code: str | None):
    _, page = client.request("GET", admin + "login/")
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    body = {"csrfmiddlewaretoken": token, "username": user, "password": password, "next": admin}
    if code is not None:
        body["otp_token"] = code
    referer = f"https://{client.host}{admin}login/"
    return client.request("POST", admin + "login/", body=body, headers={"Referer": referer})


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", required=True)
    parser.add_argument("--host", required=True)
    parser.add_argument("--admin", default="/admin/")
    parser.add_argument("--user")
    parser.add_argument("--password")
    parser.add_argument("--key")
    parser.add_argument("--unenrolled")
    parser.add_argument("--database-down", action="store_true", help="only check /healthz says 503")
    args = parser.parse_args()
    started = time.monotonic()

    if args.database_down:
        response, text = Client(args.base, args.host).request("GET", "/healthz", https=False)
        check("/healthz is 503 JSON with the database unreachable",
              response.status == 503 and json.loads(text).get("status") == "unavailable",
              f"{response.status} {text[:200]}")  # fmt: skip
        return 1 if FAILURES else 0

    anonymous = Client(args.base, args.host)
    response, text = anonymous.request("GET", "/healthz", https=False)
    check(
        "/healthz answers 200 over plain HTTP (not redirected)", response.status == 200, f"{response.status}"
    )

    response, _ = anonymous.request("GET", "/", https=False)
    location = response.getheader("Location") or ""
    check("plain HTTP is redirected to HTTPS", response.status == 301 and location.startswith("https://"))

    response, text = anonymous.request("GET", "/")
    check(
        "the home page is served", response.status == 200 and "กระทรวงวิทยาศาสตร์" in text, f"{response.status}"
    )
    for header, expected in [
        ("Strict-Transport-Security", "max-age=31536000"),
        ("Content-Security-Policy", "default-src 'self'"),
        ("X-Content-Type-Options", "nosniff"),
        ("X-Frame-Options", "DENY"),
        ("Referrer-Policy", "same-origin"),
    ]:
        value = response.getheader(header) or ""
        check(f"security header {header}", expected in value, value)
    static = re.search(r'href="(/static/[^"]+\.css)"', text)
    if static:
        response, _ = anonymous.request("GET", static.group(1))
        check(
            "static files are served by the app server (WhiteNoise)", response.status == 200, static.group(1)
        )
    anonymous.request("GET", "/")
    response, _ = anonymous.request("GET", "/")
    check(
        "the page cache is on",
        response.getheader("X-Page-Cache") == "hit",
        str(response.getheader("X-Page-Cache")),
    )

    response, text = anonymous.request("GET", "/", host="evil.example")
    check("a bad Host is a 400", response.status == 400 and "Traceback" not in text, f"{response.status}")

    other = Client(args.base, args.host)
    response, _ = other.request("GET", "/api/v1/provinces/", headers={"Accept": "text/csv"})
    check(
        "the API answers CSV to Accept: text/csv",
        (response.getheader("Content-Type") or "").startswith("text/csv"),
    )
    for attempt in (1, 2):
        response, _ = Client(args.base, args.host).request("GET", "/api/v1/provinces/")
        kind = response.getheader("Content-Type") or ""
        check(
            f"the next anonymous client still gets JSON ({attempt})",
            kind.startswith("application/json"),
            kind,
        )

    if args.user:
        staff = Client(args.base, args.host)
        response, _ = staff.request("GET", args.admin)
        check("the admin asks anonymous visitors to log in", response.status == 302)
        _, page = staff.request("GET", args.admin + "login/")
        check("the admin log-in has a code field", 'name="otp_token"' in page)
        response, text = admin_login(staff, args.admin, args.user, args.password, None)
        check("a password without a code is refused (in Thai)", response.status == 200 and "รหัส 6 หลัก" in text,
              f"{response.status}")  # fmt: skip
        response, _ = staff.request("GET", args.admin)
        check("... and the admin stays closed", response.status == 302, f"{response.status}")
        code = totp(args.key)
        response, text = admin_login(
            staff, args.admin, args.user, args.password, "000000" if code != "000000" else "111111"
        )
        check(
            "a wrong code is refused (in Thai)",
            response.status == 200 and "ไม่ถูกต้อง" in text,
            f"{response.status}",
        )
        time.sleep(2.5)  # django-otp waits a little after a wrong code
        response, _ = admin_login(staff, args.admin, args.user, args.password, totp(args.key))
        check("password and code open the admin", response.status == 302, f"{response.status}")
        response, text = staff.request("GET", args.admin)
        check(
            "the admin index is served to the verified staff member",
            response.status == 200,
            f"{response.status}",
        )
        cache_control = response.getheader("Cache-Control") or ""
        check(
            "the admin is not cached",
            "private" in cache_control and "no-store" in cache_control,
            cache_control,
        )
    if args.unenrolled:
        newcomer = Client(args.base, args.host)
        response, text = admin_login(newcomer, args.admin, args.unenrolled, args.password, "123456")
        check("staff not enrolled are told to ask for an enrolment link",
              response.status == 200 and "ลิงก์ลงทะเบียน" in text, f"{response.status}")  # fmt: skip

    print(f"production checks: {len(FAILURES)} failed, {time.monotonic() - started:.1f} s")
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
