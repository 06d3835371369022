// The Django admin's JavaScript messages that Django's Thai catalogue lacks or gets wrong.
// Never loaded by a page: `makemessages -d djangojs` reads this file so that these messages are
// kept in locale/th/LC_MESSAGES/djangojs.po, which the admin's JavaScript catalogue (jsi18n)
// reads before Django's own. See core/catalogue/__init__.py for the server-side messages.
/* global gettext, ngettext, pgettext */

// The action bar's counter ("0 of 5 selected"): Django's Thai left "selected" in English.
ngettext("%(sel)s of %(cnt)s selected", "%(sel)s of %(cnt)s selected", 1);
gettext("You have unsaved changes on individual editable fields. If you run an action, your unsaved changes will be lost.");
gettext("You have selected an action, but you haven’t saved your changes to individual fields yet. Please click OK to save. You’ll need to re-run the action.");
gettext("You have selected an action, and you haven’t made any changes on individual fields. You’re probably looking for the Go button rather than the Save button.");

// The two-list chooser (a group's permissions).
gettext("Choose %s by selecting them and then select the \"Choose\" arrow button.");
gettext("Choose all %s");
gettext("Choose selected %s");
gettext("Remove selected %s");
gettext("Remove %s by selecting them and then select the \"Remove\" arrow button.");
gettext("Type into this box to filter down the list of selected %s.");
gettext("(click to clear)");
gettext("Remove all %s");
ngettext("%s selected option not visible", "%s selected options not visible", 1);

// Days and months of the admin's calendars.
gettext("Sunday");
gettext("Monday");
gettext("Tuesday");
gettext("Wednesday");
gettext("Thursday");
gettext("Friday");
gettext("Saturday");
pgettext("abbrev. day Sunday", "Sun");
pgettext("abbrev. day Monday", "Mon");
pgettext("abbrev. day Tuesday", "Tue");
pgettext("abbrev. day Wednesday", "Wed");
pgettext("abbrev. day Thursday", "Thur");
pgettext("abbrev. day Friday", "Fri");
pgettext("abbrev. day Saturday", "Sat");
pgettext("abbrev. month January", "Jan");
pgettext("abbrev. month February", "Feb");
pgettext("abbrev. month March", "Mar");
pgettext("abbrev. month April", "Apr");
pgettext("abbrev. month May", "May");
pgettext("abbrev. month June", "Jun");
pgettext("abbrev. month July", "Jul");
pgettext("abbrev. month August", "Aug");
pgettext("abbrev. month September", "Sep");
pgettext("abbrev. month October", "Oct");
pgettext("abbrev. month November", "Nov");
pgettext("abbrev. month December", "Dec");
