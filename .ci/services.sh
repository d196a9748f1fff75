#!/usr/bin/env bash
# Starts the services the scale-out tests need, if they are not running: PostgreSQL on
# 127.0.0.1:5432 (trust authentication, user postgres) and RabbitMQ on 127.0.0.1:5672
# (guest/guest). Idempotent; waits until each accepts connections. Installs Debian's packages
# first where they are missing (CI runs as root on a Debian-like machine).
set -euo pipefail

wait_for() { # what, command...
    local what=$1; shift
    for _ in $(seq 1 120); do
        if "$@" >/dev/null 2>&1; then return 0; fi
        sleep 1
    done
    echo "$what did not come up within 120 s" >&2
    return 1
}

if ! command -v pg_ctlcluster >/dev/null || ! command -v rabbitmq-server >/dev/null; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql rabbitmq-server >/dev/null
    else
        echo "PostgreSQL and RabbitMQ are needed by the scale-out tests: install them (docs/scale-out.md)" >&2
        exit 1
    fi
fi

if ! pg_isready -h 127.0.0.1 -p 5432 -q; then
    version=$(ls /etc/postgresql | sort -V | tail -1)
    pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
fi
wait_for "PostgreSQL" pg_isready -h 127.0.0.1 -p 5432 -q
# the tests connect as postgres without a password from 127.0.0.1
if ! psql -h 127.0.0.1 -U postgres -d postgres -qAtc 'SELECT 1' >/dev/null 2>&1; then
    echo "PostgreSQL runs but refuses user postgres from 127.0.0.1 without a password: allow trust for 127.0.0.1/32 in pg_hba.conf" >&2
    exit 1
fi

if ! rabbitmqctl -q status >/dev/null 2>&1; then
    rabbitmq-server -detached
fi
wait_for "RabbitMQ" rabbitmqctl -q await_startup
wait_for "RabbitMQ on 127.0.0.1:5672" bash -c 'exec 3<>/dev/tcp/127.0.0.1/5672'
