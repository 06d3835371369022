"""System check: the retention schedule keeps traffic data at least as long as the law asks."""

from django.conf import settings
from django.core.checks import Error, register

#: Computer Crime Act B.E. 2550 s.26: traffic data kept at least 90 days.
TRAFFIC_DATA_MIN_DAYS = 90


@register()
def retention_check(app_configs=None, **kwargs):
    days = settings.RETENTION_DAYS.get("access_log", 0)
    if days < TRAFFIC_DATA_MIN_DAYS:
        return [
            Error(
                f"RETENTION_DAYS['access_log'] is {days} days; the Computer Crime Act s.26 asks for at least 90.",
                id="privacy.E001",
            )
        ]
    return []
