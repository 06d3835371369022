"""The client's address, through the configured number of trusted proxies (issue 12 item 4).

Behind the load balancer every request's ``REMOTE_ADDR`` is the balancer's own address, so
throttling by it would treat every visitor as one. Each trusted proxy appends the address it
received the request from to ``X-Forwarded-For``; with ``TRUSTED_PROXY_COUNT`` proxies in front
of the app server the client is the ``TRUSTED_PROXY_COUNT``-th address from the right. Addresses
further left were written by the client itself and are never believed. With 0 (no proxy, the
default outside production) ``REMOTE_ADDR`` is used and ``X-Forwarded-For`` is ignored.
"""

import ipaddress

from django.conf import settings


def _valid(text: str) -> str | None:
    try:
        return str(ipaddress.ip_address(text.strip()))
    except ValueError:
        return None


def client_ip(request) -> str | None:
    remote = _valid(request.META.get("REMOTE_ADDR") or "")
    count = settings.TRUSTED_PROXY_COUNT
    if count <= 0:
        return remote
    forwarded = [part for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    if len(forwarded) < count:
        return remote  # not through all the proxies: the nearest address is all we know
    return _valid(forwarded[-count]) or remote
