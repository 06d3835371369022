"""Page-number pagination with a page size the client may lower or raise up to a limit."""

from rest_framework.pagination import PageNumberPagination


class Pagination(PageNumberPagination):
    """``?page=`` and ``?page_size=`` (at most 500); CSV downloads carry the same page."""

    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 500

    def get_paginated_response_schema(self, schema: dict) -> dict:
        # DRF describes next/previous with OpenAPI 3.0's "nullable"; the schema is OpenAPI 3.1.
        described = super().get_paginated_response_schema(schema)
        for link in ("next", "previous"):
            described["properties"][link].pop("nullable", None)
            described["properties"][link]["type"] = ["string", "null"]
        return described
