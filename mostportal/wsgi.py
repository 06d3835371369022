"""WSGI entry point for MOST Portal."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mostportal.settings.base")
application = get_wsgi_application()
