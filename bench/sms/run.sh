#!/usr/bin/env bash
# SMS benchmark: Simfleet's whole MT path (API -> durable store -> SMPP -> SMSC -> receipt -> status ->
# callback) driven like the Kannel yardstick, against the yardstick's own SMSC (MiniSmsc), and Kannel in
# the same run. Every listener is on 127.0.0.1; every run is bounded in count and time.
#
# usage: bench/sms/run.sh throughput [--with-kannel]   warm-up + RUNS x N messages, CONCURRENCY in flight
#        bench/sms/run.sh drop                          SMSC aborts the SMPP session for DOWN_S s at N/3 submits
#        bench/sms/run.sh kill                          Simfleet SIGKILLed at N/3 submits, restarted after DOWN_S s
# env:   N (20000) RUNS (3) WARMUP_N (20000) CONCURRENCY (50) ENDPOINTS (2000) DB (postgresql|h2)
#        DOWN_S (15) plus the yardstick's bench.env (SMSC port, receipt delay, ...)
# out:   $SMS_STATE/results/<tag>/ with results.tsv (one row per run) and counts.txt (outages);
#        the last line printed is the summary bench/run and BENCHMARKS.md quote.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
K=$(cd "${SIMFLEET_KANNEL_BENCH:-../shared/bench/kannel}" 2>/dev/null && pwd) \
  || { echo "sms bench: the Kannel yardstick is not at ${SIMFLEET_KANNEL_BENCH:-../shared/bench/kannel}" >&2; exit 2; }
# A JVM needs about 20,000 messages before its hot paths are compiled (C2 threads were still busy in the
# measured runs after the yardstick's 2,000); Kannel gets the same warm-up in the same run.
WARMUP_N=${WARMUP_N:-20000}
# shellcheck disable=SC1091
. "$K/bench.env"
mode=${1:-throughput}
with_kannel=0
[ "${2:-}" = --with-kannel ] && with_kannel=1
S=${SMS_STATE:-/tmp/simfleet-sms-bench}
API_PORT=${API_PORT:-28090}
CALLBACK_PORT=${CALLBACK_PORT:-28081}
ENDPOINTS=${ENDPOINTS:-2000}
DB=${DB:-postgresql}
DOWN_S=${DOWN_S:-15}
ADMIN_PW=sms-bench-operator-pw
API=http://127.0.0.1:$API_PORT
RUN=$KANNEL_DIR/run
JAR=$ROOT/simfleet-app/target/simfleet-app.jar
DRIVER=(java $DRIVER_JAVA_OPTS "$ROOT/bench/sms/SmsLoadDriver.java")
tag=$mode-$(date -u +%Y%m%dT%H%M%SZ)
out=$S/results/$tag
mkdir -p "$out"

log() { echo "$(date +%T) $*" >&2; }

[ -f "$BUILD_DIR/kannel-bench.jar" ] && command -v bearerbox >/dev/null \
  || { log "building the yardstick (MiniSmsc, Kannel)"; SKIP_APT=$(command -v bearerbox >/dev/null && echo 1 || echo 0) "$K/setup.sh" >&2; }
if [ ! -f "$JAR" ] || [ -n "$(find pom.xml simfleet-*/pom.xml simfleet-*/src/main -newer "$JAR" -print -quit)" ]; then
  log "building simfleet-app.jar"
  mvn -B -ntp -q -DskipTests -Dspotless.check.skip=true package
fi

sampler=""
cleanup() {
  [ -n "$sampler" ] && kill "$sampler" 2>/dev/null || true
  stop_simfleet
  "$K/stack.sh" stop >/dev/null 2>&1 || true
}
trap cleanup EXIT

# CPU ticks (USER_HZ) once a second: epoch_ms all softirq simfleet postgres smsc driver
cpu_sampler() {
  local pg
  for ((i = 0; i < 7200; i++)); do
    pg=$(for p in $(pgrep -x postgres); do awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$p/stat" 2>/dev/null; done \
      | awk '{ s += $1 } END { print s + 0 }')
    printf '%s %s %s %s %s %s\n' "$(date +%s%3N)" \
      "$(awk '$1 == "cpu" { print $2+$3+$4+$7+$8+$9, $8 }' /proc/stat)" \
      "$(ticks "$S/simfleet.pid")" "$pg" "$(ticks "$RUN/smsc.pid")" "$(ticks "$S/driver.pid")"
    sleep 1
  done
}
ticks() {
  local p
  p=$(cat "$1" 2>/dev/null) || { echo 0; return; }
  [ -n "$p" ] && [ -r "/proc/$p/stat" ] || { echo 0; return; }
  awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$p/stat" 2>/dev/null || echo 0
}
# percent of one core per column between two instants: span all softirq simfleet postgres smsc driver other
cpu_window() {
  awk -v s="$2" -v e="$3" '
    $1 <= s { a0 = $1; for (i = 1; i <= 6; i++) b0[i] = $(i + 1); has0 = 1 }
    $1 >= e && !has1 { a1 = $1; for (i = 1; i <= 6; i++) b1[i] = $(i + 1); has1 = 1 }
    END {
      if (!has0 || !has1 || a1 <= a0) { print "NaN NaN NaN NaN NaN NaN NaN NaN"; exit }
      span = (a1 - a0) / 1000.0
      for (i = 1; i <= 6; i++) { d[i] = b1[i] - b0[i]; if (i > 2 && i != 4 && (b0[i] == 0 || b1[i] == 0)) d[i] = 0 }
      other = d[1] - d[2] - d[3] - d[4] - d[5] - d[6]
      printf "%.2f %.1f %.1f %.1f %.1f %.1f %.1f %.1f\n", span, d[1]/span, d[2]/span, d[3]/span, d[4]/span, d[5]/span, d[6]/span, other/span
    }' "$1"
}

db_url() {
  case "$DB" in
    postgresql) echo "jdbc:postgresql://127.0.0.1:5432/simfleet_sms_bench" ;;
    h2) echo "jdbc:h2:file:$S/data/simfleet;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE" ;;
    *) echo "sms bench: DB is postgresql or h2" >&2; exit 2 ;;
  esac
}

fresh_database() {
  rm -rf "$S/data"; mkdir -p "$S/data"
  if [ "$DB" = postgresql ]; then
    psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS simfleet_sms_bench" \
      -c "CREATE DATABASE simfleet_sms_bench" >/dev/null
  fi
}

start_simfleet() {
  # shellcheck disable=SC2086
  SIMFLEET_DB_URL=$(db_url) SIMFLEET_DB_USER=$([ "$DB" = postgresql ] && echo postgres || echo sa) \
  SIMFLEET_DATA_DIR=$S/data SIMFLEET_ADMIN_PASSWORD=$ADMIN_PW SIMFLEET_AUTH_TOKEN_TTL=PT12H \
  SIMFLEET_HTTP_PORT=$API_PORT SIMFLEET_RADIUS_ENABLED=false \
    java ${SIMFLEET_JAVA_OPTS:--Xms1g -Xmx2g} -jar "$JAR" \
      --simfleet.smsc.host=127.0.0.1 --simfleet.smsc.port="$SMSC_PORT" \
      --simfleet.smsc.system-id="$SMPP_SYSTEM_ID" --simfleet.smsc.password="$SMPP_PASSWORD" \
      >>"$out/simfleet.log" 2>&1 &
  echo $! > "$S/simfleet.pid"
  for _ in $(seq 240); do
    curl -fs "$API/actuator/health" >/dev/null 2>&1 && { log "Simfleet up (pid $(cat "$S/simfleet.pid"))"; return; }
    kill -0 "$(cat "$S/simfleet.pid")" 2>/dev/null || break
    sleep 0.5
  done
  log "Simfleet did not start"; tail -30 "$out/simfleet.log" >&2; exit 1
}

stop_simfleet() {
  local p
  p=$(cat "$S/simfleet.pid" 2>/dev/null) || return 0
  kill "$p" 2>/dev/null && { for _ in $(seq 60); do kill -0 "$p" 2>/dev/null || break; sleep 0.5; done; }
  rm -f "$S/simfleet.pid"
}

driver() { # n id_offset outdir
  mkdir -p "$3"
  "${DRIVER[@]}" send --api "$API" --state "$S" --n "$1" --concurrency "$CONCURRENCY" --id-offset "$2" \
    --callback-port "$CALLBACK_PORT" --drain-idle-s "$DRAIN_IDLE_S" --max-seconds "$MAX_SECONDS" \
    --rate "${RATE:-0}" --out "$3" > "$3/driver.out" 2>&1 &
  echo $! > "$S/driver.pid"
}

setup_simfleet() {
  "$K/stack.sh" stop >/dev/null 2>&1 || true
  SMSC_LOG=$out/smsc-submits.log "$K/stack.sh" start-smsc >&2
  fresh_database
  start_simfleet
  log "provisioning $ENDPOINTS endpoints"
  "${DRIVER[@]}" provision --api "$API" --admin-password "$ADMIN_PW" --endpoints "$ENDPOINTS" \
    --callback "http://127.0.0.1:$CALLBACK_PORT/sms-callback" --out "$S" >&2
  {
    echo "tag=$tag date=$(date -u +%FT%TZ) db=$DB endpoints=$ENDPOINTS"
    for v in N RUNS CONCURRENCY WARMUP_N RECEIPT_DELAY_MS RECEIPT_THREADS DOWN_S; do echo "$v=${!v}"; done
    java -version 2>&1 | head -1
    nproc; grep -m1 'model name' /proc/cpuinfo
  } > "$out/settings.txt"
  cpu_sampler > "$out/cpu.txt" &
  sampler=$!
}

row() { # run dir -> one results.tsv row
  local d=$2 s=$2/summary.json t0 t1
  t0=$(jq .t0_epoch_ms "$s"); t1=$(jq .last_dlr_epoch_ms "$s")
  read -r span all sirq sf pg smsc drv other < <(cpu_window "$out/cpu.txt" "$t0" "$t1")
  jq -r --arg run "$1" --slurpfile m "$d/smsc.json" --arg span "$span" --arg all "$all" --arg sirq "$sirq" \
      --arg sf "$sf" --arg pg "$pg" --arg smsc "$smsc" --arg drv "$drv" --arg other "$other" '
    def r1: (. * 10 | round) / 10;
    ($m[0]) as $c |
    [ "simfleet", $run, .n, .accepted, (.accepted_per_s | r1), $c.submits,
      (if $c.last_submit_ms > $c.first_submit_ms then ($c.submits - 1) * 1000 / ($c.last_submit_ms - $c.first_submit_ms) | r1 else 0 end),
      .dlr_final_unique, (.dlr_per_s_own_window | r1), (.dlr_per_s_from_start | r1),
      .accept_lat_ms.p50, .accept_lat_ms.p99, .e2e_lat_ms.p50, .e2e_lat_ms.p99,
      .dlr_missing, .dlr_dup_final, $c.dup_submits, $span, $all, $sirq, $sf, $pg, $smsc, $drv, $other,
      (if .accepted > 0 then (($sf | tonumber) * 10 * ($span | tonumber) / .accepted) | . * 1000 | round / 1000 else 0 end)
    ] | @tsv' "$s"
}
HEADER="gateway\trun\tn\taccepted\tacc_per_s\tsubmits\tsubmit_per_s\tdlr_final\tdlr_per_s\te2e_per_s\tacc_p50_ms\tacc_p99_ms\te2e_p50_ms\te2e_p99_ms\tmissing_dlr\tdup_dlr\tdup_submits\tspan_s\tcpu_all\tcpu_softirq\tcpu_simfleet\tcpu_postgres\tcpu_smsc\tcpu_driver\tcpu_other\tsimfleet_cpu_ms_per_msg"

median() { # tsv column -> median
  awk -F'\t' -v c="$2" 'NR > 1 { print $c }' "$1" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

throughput() {
  setup_simfleet
  if [ "$WARMUP_N" -gt 0 ]; then
    log "warm-up: $WARMUP_N messages"
    driver "$WARMUP_N" 90000000 "$out/warmup"; wait "$(cat "$S/driver.pid")" || true
  fi
  printf '%b\n' "$HEADER" > "$out/results.tsv"
  for r in $(seq "$RUNS"); do
    [ "${QUIET:-1}" = 1 ] && "$K/wait-quiet.sh"
    "$K/smsc-ctl.sh" reset >/dev/null
    log "run $r: $N messages, $CONCURRENCY in flight"
    driver "$N" $(( r * 1000000 )) "$out/run$r"; wait "$(cat "$S/driver.pid")" || log "driver exited non-zero"
    rm -f "$S/driver.pid"
    sleep 1
    "$K/smsc-ctl.sh" stats > "$out/run$r/smsc.json"
    row "$r" "$out/run$r" | tee -a "$out/results.tsv" | awk -F'\t' '{ printf "  accepted %s/s, submit_sm %s/s, e2e %s/s, accept p50/p99 %s/%s ms, e2e p50/p99 %s/%s ms, missing %s, dup DLR %s, dup submit %s, CPU%% simfleet %s postgres %s smsc %s driver %s\n", $5, $7, $10, $11, $12, $13, $14, $15, $16, $17, $21, $22, $23, $24 }' >&2
  done
  kill "$sampler" 2>/dev/null || true; sampler=""
  stop_simfleet
  "$K/stack.sh" stop >/dev/null 2>&1 || true
  local kannel=n/a ratio=n/a simfleet
  simfleet=$(median "$out/results.tsv" 10)
  if [ "$with_kannel" = 1 ]; then
    log "Kannel on the same SMSC and load"
    N=$N RUNS=$RUNS CONCURRENCY=$CONCURRENCY WARMUP_N=$WARMUP_N "$K/run-bench.sh" "kannel-$tag" >&2
    cp "$STATE_DIR/results/kannel-$tag/results.tsv" "$out/kannel-results.tsv"
    kannel=$(median "$out/kannel-results.tsv" 10)
    ratio=$(awk -v a="$simfleet" -v b="$kannel" 'BEGIN { printf "%.2f", a / b }')
  fi
  echo "results: $out"
  echo "sms end_to_end simfleet=${simfleet}/s kannel=${kannel}/s ratio=$ratio accepted_per_s=$(median "$out/results.tsv" 5) e2e_p50_ms=$(median "$out/results.tsv" 13) e2e_p99_ms=$(median "$out/results.tsv" 14) missing_dlr=$(awk -F'\t' 'NR > 1 { s += $15 } END { print s + 0 }' "$out/results.tsv") dup_submits=$(awk -F'\t' 'NR > 1 { s += $17 } END { print s + 0 }' "$out/results.tsv")"
}

# Counts per message id after an outage: accepted by the API but never submitted (lost), submitted twice
# (duplicate), accepted but no final delivery report (receipt lost), more than one (duplicate report).
outage() {
  setup_simfleet
  "$K/smsc-ctl.sh" reset >/dev/null
  local offset=7000000 at=${OUTAGE_AT:-$(( N / 3 ))} s t_down t_up
  driver "$N" "$offset" "$out/driver"
  local drv; drv=$(cat "$S/driver.pid")
  for _ in $(seq 3000); do
    s=$("$K/smsc-ctl.sh" stats | jq .submits)
    [ "$s" -ge "$at" ] && break
    kill -0 "$drv" 2>/dev/null || break
    sleep 0.1
  done
  t_down=$(date +%s%3N)
  log "outage ($mode) at $s submits"
  case "$mode" in
    drop)
      "$K/smsc-ctl.sh" "drop $(( DOWN_S * 1000 ))" >&2
      sleep "$DOWN_S" ;;
    kill)
      kill -9 "$(cat "$S/simfleet.pid")"
      rm -f "$S/simfleet.pid"
      sleep "$DOWN_S"
      start_simfleet ;;
  esac
  t_up=$(date +%s%3N)
  wait "$drv" || log "driver exited non-zero"
  rm -f "$S/driver.pid"
  sleep 2
  "$K/smsc-ctl.sh" stats > "$out/smsc-end.json"
  local lo=$offset hi=$(( offset + N )) sj=$out/driver/summary.json
  awk -v lo="$lo" -v hi="$hi" '$3 >= lo && $3 < hi { print $3 }' "$out/smsc-submits.log" | sort > "$out/submits-sorted.txt"
  sort -u "$out/submits-sorted.txt" > "$out/submitted-ids.txt"
  cut -d' ' -f1 "$out/driver/failed-sends.txt" | sort -u > "$out/failed-ids.txt"
  seq "$lo" $(( hi - 1 )) | sort > "$out/all-ids.txt"
  comm -23 "$out/all-ids.txt" "$out/failed-ids.txt" > "$out/accepted-ids.txt"
  comm -23 "$out/accepted-ids.txt" "$out/submitted-ids.txt" > "$out/lost-before-smsc.txt"
  {
    echo "mode=$mode db=$DB N=$N outage_at=$s down_s=$DOWN_S outage_ms=$(( t_up - t_down ))"
    echo "accepted_by_api=$(wc -l < "$out/accepted-ids.txt")"
    echo "refused_or_failed_at_api=$(wc -l < "$out/failed-ids.txt")"
    echo "lost_before_smsc=$(wc -l < "$out/lost-before-smsc.txt")"
    echo "duplicate_submits=$(( $(wc -l < "$out/submits-sorted.txt") - $(wc -l < "$out/submitted-ids.txt") ))"
    echo "failed_at_api_but_submitted=$(comm -12 "$out/failed-ids.txt" "$out/submitted-ids.txt" | wc -l)"
    echo "missing_final_report=$(jq .dlr_missing "$sj")"
    echo "duplicate_final_reports=$(jq .dlr_dup_final "$sj")"
    echo "first_send_to_last_report_s=$(jq '(.last_dlr_epoch_ms - .t0_epoch_ms) / 1000' "$sj")"
    echo "smsc_end: $(jq -c . "$out/smsc-end.json")"
  } > "$out/counts.txt"
  rm -f "$out/all-ids.txt"
  cat "$out/counts.txt" >&2
  echo "results: $out"
  echo "sms outage=$mode $(grep -E '^(accepted_by_api|lost_before_smsc|duplicate_submits|missing_final_report|duplicate_final_reports)=' "$out/counts.txt" | tr '\n' ' ')"
}

case "$mode" in
  throughput) throughput ;;
  drop|kill) outage ;;
  *) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
