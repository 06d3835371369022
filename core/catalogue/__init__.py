"""Messages other code shows on our pages, listed so that ``makemessages`` puts them in our catalogue.

Django's Thai catalogue is incomplete and the third-party apps ship none: the messages they show
on a Thai page are listed here (``gettext_noop``, ``ngettext_lazy``, ``pgettext_lazy``) and
translated in ``locale/th/LC_MESSAGES/django.po``, which Django reads before its own catalogues.
``check_translations`` (CI) then keeps every one of them translated.
"""
