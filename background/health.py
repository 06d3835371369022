"""``/readyz`` (also ``/healthz?full=1``): the database, the cache, the queue and the workers.

``/healthz`` stays the load balancer's cheap check (the database only, core.views.healthz). This
one is for monitoring and deploys: JSON naming each part, 503 when any is down.
"""

import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction
from django.http import JsonResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from background.models import OutboxMessage, WorkerHeartbeat


def _database() -> dict:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return {"ok": True}


def _cache() -> dict:
    token = uuid.uuid4().hex
    cache.set("readyz:probe", token, 30)
    return {"ok": cache.get("readyz:probe") == token}


def _queue() -> dict:
    backend = settings.TASKS["default"]["BACKEND"]
    if backend.startswith("django_tasks_db"):
        from django_tasks_db.models import DBTaskResult

        return {"ok": True, "backend": "database", "waiting": DBTaskResult.objects.ready().count()}
    if backend.startswith("django_tasks_rq"):
        import django_rq

        queue = django_rq.get_queue("default")
        queue.connection.ping()
        return {"ok": True, "backend": "rq", "waiting": queue.count}
    return {"ok": True, "backend": backend.rsplit(".", 1)[-1]}


def _worker() -> dict:
    newest = WorkerHeartbeat.objects.order_by("-seen_at").values_list("seen_at", flat=True).first()
    if newest is None:
        return {"ok": False, "heartbeat_age_seconds": None}
    age = (timezone.now() - newest).total_seconds()
    return {"ok": age <= settings.WORKER_HEARTBEAT_MAX_AGE, "heartbeat_age_seconds": round(age)}


def _outbox() -> dict:
    counts = {
        status: OutboxMessage.objects.filter(status=status).count()
        for status in (OutboxMessage.Status.PENDING, OutboxMessage.Status.FAILED)
    }
    return {"ok": True, **counts}  # failed messages are staff's work (the admin), not an outage


CHECKS = {"database": _database, "cache": _cache, "queue": _queue, "worker": _worker, "outbox": _outbox}


@never_cache
@require_safe
@transaction.non_atomic_requests  # a database that is down is reported, not a 500
def readyz(request):
    report = {}
    for name, check in CHECKS.items():
        try:
            report[name] = check()
        except Exception as error:  # a part that cannot even be asked is down
            report[name] = {"ok": False, "error": type(error).__name__}
    ready = all(part["ok"] for part in report.values())
    return JsonResponse({"status": "ok" if ready else "unavailable", **report}, status=200 if ready else 503)
