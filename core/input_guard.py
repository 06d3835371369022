"""Inputs no page can use answer 400, never 500 (issue 12 item 7).

- A NUL byte anywhere in the path, the query string or a form field: PostgreSQL cannot store or
  compare it, and no person types one. Refused before any view or middleware reads the database.
- A number too large for its column, or any other value the database refuses as data (an admin
  filter ``?id__exact=99999999999999999999``): the request's transaction is rolled back and the
  answer is the 400 page.
- Every answer to a logged-in person, and every download marked private, is sent
  ``Cache-Control: private, no-store`` unless the view said otherwise.
"""

from django.core.exceptions import BadRequest
from django.db import DataError
from django.views.defaults import bad_request


def _has_nul(request) -> bool:
    if "\x00" in request.path_info or "%00" in request.META.get("QUERY_STRING", ""):
        return True
    if any("\x00" in value for values in request.GET.lists() for value in values[1]):
        return True
    if request.method == "POST" and request.content_type in (
        "application/x-www-form-urlencoded",
        "multipart/form-data",
    ):
        return any("\x00" in value for _key, values in request.POST.lists() for value in values)
    return False


class InputGuardMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if _has_nul(request):
            return bad_request(request, BadRequest("NUL byte in the request"))
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and "Cache-Control" not in response:
            response["Cache-Control"] = "private, no-store"
        return response

    def process_exception(self, request, exception):
        if isinstance(exception, DataError | OverflowError):
            return bad_request(request, BadRequest(str(exception)[:200]))
        return None
