"""Logging filters for production's log collector."""

import logging


class NoTraceback(logging.Filter):
    """Keep the message, drop the traceback: for expected refusals such as a bad ``Host`` header.

    A probe sending random ``Host`` headers is routine on the internet; one line each is enough,
    and a traceback in the log would read as a failure of the portal (issue 12 item 7).
    """

    def filter(self, record: logging.LogRecord) -> bool:
        record.exc_info = None
        record.exc_text = None
        record.stack_info = None
        return True
