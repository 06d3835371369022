"""Recording personal data leaving the system (the access log): one call per export, download or view."""

from core.client_ip import client_ip
from privacy.models import AccessLog


def client_address(request) -> str | None:
    """The client's address: through ``TRUSTED_PROXY_COUNT`` proxies' ``X-Forwarded-For`` (core.client_ip)."""
    return client_ip(request)


def access_record(request, *, kind: str, rows: int | None = None, target: str = "") -> AccessLog:
    """Append one entry: who (``request.user``), when, from where, which address and filters, how many rows."""
    user = request.user if getattr(request, "user", None) and request.user.is_authenticated else None
    entry = AccessLog(
        user=user,
        ip_address=client_address(request),
        kind=kind,
        path=request.path[:500],
        filters=request.GET.urlencode()[:5000],
        rows=rows,
        target=target[:255],
    )
    entry.full_clean()
    entry.save()
    return entry
