#!/bin/bash
# One `timeline` command under /usr/bin/time -v, one TSV row: label, exit code, wall, user, sys, max RSS,
# output lines, JSON entries/sources, load before-after (docs/performance.md "Query time at 30,000 articles").
#   DB=jdbc:h2:file:/path/to/db scripts/query-bench/measure.sh LABEL JAR TIMEOUT_S timeline-args...
label=$1; jar=$2; to=$3; shift 3
out=${OUT:-/tmp/query-bench}/$label
mkdir -p "$(dirname "$out")"
load=$(cut -d' ' -f1 /proc/loadavg)
timeout -s KILL "$to" /usr/bin/time -v -o "$out.time" java -jar "$jar" timeline --db "$DB" "$@" > "$out.stdout" 2> "$out.stderr"
rc=$?
load2=$(cut -d' ' -f1 /proc/loadavg)
wall=$(grep 'Elapsed (wall' "$out.time" | awk '{print $NF}')
user=$(grep 'User time' "$out.time" | awk '{print $NF}')
sys=$(grep 'System time' "$out.time" | awk '{print $NF}')
rss=$(grep 'Maximum resident' "$out.time" | awk '{print $NF}')
lines=$(wc -l < "$out.stdout")
entries=$(python3 -c "
import json
try:
  d=json.load(open('$out.stdout')); print(len(d.get('entries',[])), sum(len(e.get('sources',[])) for e in d.get('entries',[])))
except Exception: print('-')" 2>/dev/null)
printf "%s\trc=%s\twall=%s\tuser=%s\tsys=%s\trssKB=%s\tlines=%s\tentries/sources=%s\tload=%s-%s\n" "$label" "$rc" "$wall" \
    "$user" "$sys" "$rss" "$lines" "$entries" "$load" "$load2"
