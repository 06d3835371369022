#!/usr/bin/env bash
# Start the production profile exactly as README "Deploying" documents it (its variables only, in a
# clean environment; migrate, collectstatic, gunicorn -c gunicorn.conf.py) on PostgreSQL and Redis,
# and check it from outside (.ci/production_check.py): staff without a code cannot reach the admin,
# Accept: text/csv does not change what the next anonymous client gets, a bad Host is a 400,
# /healthz is 503 with the database unreachable. Redis: database $PROD_REDIS_DB (default 2) only.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS
work=$(mktemp -d)
db="most_prod_$$"
port=$((20000 + RANDOM % 20000))
down_port=$((port + 1))
redis_db="${PROD_REDIS_DB:-2}"
host="portal.most.example"
admin="staff-ci-$RANDOM/"
password="ci-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
gunicorn_pid="" down_pid=""
cleanup() {
  [ -n "$gunicorn_pid" ] && kill "$gunicorn_pid" 2>/dev/null || true
  [ -n "$down_pid" ] && kill "$down_pid" 2>/dev/null || true
  dropdb -h 127.0.0.1 -U postgres --if-exists "$db" >/dev/null 2>&1 || true
  redis-cli -n "$redis_db" flushdb >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
createdb -h 127.0.0.1 -U postgres "$db"
redis-cli -n "$redis_db" flushdb >/dev/null

# The README's variables, and nothing else from this shell (no DJANGO_DEBUG, no test settings).
readme_env() {
  env -i PATH="$PATH" HOME="$HOME" \
    DJANGO_SETTINGS_MODULE=mostportal.settings.production \
    DJANGO_SECRET_KEY="$(head -c 48 /dev/urandom | od -An -tx1 | tr -d ' \n')" \
    DJANGO_ALLOWED_HOSTS="$host" \
    DJANGO_CSRF_TRUSTED_ORIGINS="https://$host" \
    DATABASE_URL="${PROD_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/$db}" \
    CACHE_URL="redis://127.0.0.1:6379/$redis_db" \
    DJANGO_ADMIN_URL="$admin" \
    GUNICORN_BIND="127.0.0.1:${PROD_PORT:-$port}" \
    "$@"
}

readme_env .venv/bin/python manage.py migrate --noinput -v0
readme_env .venv/bin/python manage.py collectstatic --noinput -v0
# Two staff accounts: one with an authenticator (the check computes its codes), one not enrolled.
key=$(readme_env .venv/bin/python manage.py shell -c "
from accounts.models import User
from django_otp.plugins.otp_totp.models import TOTPDevice
for name in ('ci-staff', 'ci-newcomer'):
    user = User.objects.create_user(name, password='$password', role='staff', is_staff=True)
device = TOTPDevice.objects.create(user=User.objects.get(username='ci-staff'), name='ci', confirmed=True)
print(device.key)
" | tail -1)

readme_env .venv/bin/gunicorn -c gunicorn.conf.py mostportal.wsgi:application >"$work/gunicorn.log" 2>&1 &
gunicorn_pid=$!
for _ in $(seq 60); do curl -fs -H "Host: $host" "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break; sleep 1; done
status=0
.venv/bin/python .ci/production_check.py --base "http://127.0.0.1:$port" --host "$host" --admin "/$admin" \
  --user ci-staff --unenrolled ci-newcomer --password "$password" --key "$key" || status=1
if grep -q "Traceback" "$work/gunicorn.log"; then
  echo "FAIL a traceback in the production log:"; grep -B2 -A20 Traceback "$work/gunicorn.log" | head -60; status=1
fi

# The same server with its database unreachable (a closed port): the balancer must see 503 JSON.
PROD_DATABASE_URL="postgres://postgres@127.0.0.1:9/$db" PROD_PORT="$down_port" \
  readme_env .venv/bin/gunicorn -c gunicorn.conf.py mostportal.wsgi:application >"$work/down.log" 2>&1 &
down_pid=$!
for _ in $(seq 60); do curl -s -o /dev/null -H "Host: $host" "http://127.0.0.1:$down_port/healthz" && break; sleep 1; done
.venv/bin/python .ci/production_check.py --base "http://127.0.0.1:$down_port" --host "$host" --database-down || status=1
[ "$status" = 0 ] || { echo "--- gunicorn log ---"; tail -50 "$work/gunicorn.log"; }
echo "production profile step: $((SECONDS - started)) s"
exit "$status"
