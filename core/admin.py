"""Admin building blocks shared by the apps."""

from django.contrib import admin


class ReadOnlyAdminMixin:
    """A record staff may look at but never add, change or delete in the admin.

    For records a workflow writes (history, assignments, reference counters, groups): they
    change through the services, which keep everything that depends on them in step.
    """

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class ReadOnlyModelAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """A model admin for records that are only ever read here."""
