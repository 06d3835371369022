"""The access log is append-only in the database too: UPDATE is refused; on PostgreSQL, so is a
DELETE of an entry younger than 90 days (the Computer Crime Act's minimum for traffic data).

SQLite gets the UPDATE guard only: Django empties SQLite tables with DELETE between tests, which
a DELETE trigger would refuse (PostgreSQL's TRUNCATE does not fire row triggers).
"""

from django.db import migrations

PG_UP = """
CREATE OR REPLACE FUNCTION privacy_accesslog_guard() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        RAISE EXCEPTION 'the access log is append-only';
    END IF;
    IF OLD.at > now() - interval '90 days' THEN
        RAISE EXCEPTION 'access-log entries are kept at least 90 days';
    END IF;
    RETURN OLD;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER privacy_accesslog_guard BEFORE UPDATE OR DELETE ON privacy_accesslog
    FOR EACH ROW EXECUTE FUNCTION privacy_accesslog_guard();
"""
PG_DOWN = """
DROP TRIGGER IF EXISTS privacy_accesslog_guard ON privacy_accesslog;
DROP FUNCTION IF EXISTS privacy_accesslog_guard();
"""
SQLITE_UP = """
CREATE TRIGGER privacy_accesslog_no_update BEFORE UPDATE ON privacy_accesslog
BEGIN
    SELECT RAISE(ABORT, 'the access log is append-only');
END;
"""
SQLITE_DOWN = "DROP TRIGGER IF EXISTS privacy_accesslog_no_update;"


def up(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(PG_UP)
    elif vendor == "sqlite":
        schema_editor.execute(SQLITE_UP)


def down(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(PG_DOWN)
    elif vendor == "sqlite":
        schema_editor.execute(SQLITE_DOWN)


class Migration(migrations.Migration):
    dependencies = [("privacy", "0001_initial")]

    operations = [migrations.RunPython(up, down)]
