#!/usr/bin/env bash
# Builds the repository's Dockerfile, unchanged, on base images made on this machine (base-images.sh; no
# registry is reachable here), runs the image as an operator would and checks what the README promises.
# Prints one line per check, "check <name> ok" or "check <name> failed: <why>" (tests/Deployment.Tests reads
# them), and exits 1 when any check failed. Needs docker (DOCKER_HOST is honoured), curl and openssl.
# IMAGE_TEST_SDK_IMAGE / IMAGE_TEST_RUNTIME_IMAGE skip base-images.sh and use the images named instead,
# e.g. Microsoft's, on a machine with a registry.
set -uo pipefail
cd "$(dirname "$0")/../.."

image=resource-service:image-test
run_id=resource-image-test-$$
volume=$run_id-data
stop_timeout=30
failures=0
started=$(date +%s)
log() { printf '[image-test %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
ok() { echo "check $1 ok"; }
failed() { echo "check $1 failed: $2"; failures=$((failures + 1)); }
cleanup() {
  docker rm -f "$run_id-a" "$run_id-b" >/dev/null 2>&1
  docker volume rm "$volume" >/dev/null 2>&1
  # The previous image and the build stage are left untagged by every build: drop them, or the disk fills up.
  docker image prune -f >/dev/null 2>&1
}
trap cleanup EXIT

# --- build --------------------------------------------------------------------------------------------------
if [ -n "${IMAGE_TEST_SDK_IMAGE:-}" ] && [ -n "${IMAGE_TEST_RUNTIME_IMAGE:-}" ]; then
  SDK_IMAGE=$IMAGE_TEST_SDK_IMAGE RUNTIME_IMAGE=$IMAGE_TEST_RUNTIME_IMAGE
else
  bases=$(deploy/ci/base-images.sh) || { failed build "the base images could not be made"; exit 1; }
  eval "$bases"
fi
log "building the Dockerfile on $SDK_IMAGE and $RUNTIME_IMAGE"
# The classic builder: BuildKit is not part of Debian's engine. The restore inside needs the host's network.
build() {
  DOCKER_BUILDKIT=0 docker build --network host --build-arg "SDK_IMAGE=$SDK_IMAGE" \
    --build-arg "RUNTIME_IMAGE=$RUNTIME_IMAGE" -t "$image" .
}
# The build's output goes to IMAGE_TEST_BUILD_LOG if given, else to stderr (stdout is for the check lines).
if [ -n "${IMAGE_TEST_BUILD_LOG:-}" ]; then build >"$IMAGE_TEST_BUILD_LOG" 2>&1; else build >&2; fi
if [ $? -ne 0 ]; then
  failed build "docker build failed"
  exit 1
fi
ok build
log "base images and build took $(($(date +%s) - started)) s"

# Nothing that looks like a secret is set by the image itself.
secrets=$(docker image inspect --format '{{range .Config.Env}}{{println .}}{{end}}' "$image" | grep -iE 'key|secret|password|token|signing' || true)
[ -z "$secrets" ] && ok no-secret-in-image || failed no-secret-in-image "the image sets $secrets"

# --- a token the service is told to trust through the environment only -------------------------------------
issuer=resource-image-test
audience=resource-api
key_file=$(mktemp)
openssl rand 32 >"$key_file"
key_b64=$(openssl base64 -A <"$key_file")
key_hex=$(od -An -v -tx1 "$key_file" | tr -d ' \n')
rm -f "$key_file"
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
header=$(printf '{"alg":"HS256","typ":"JWT"}' | b64url)
payload=$(printf '{"sub":"image-test","iss":"%s","aud":"%s","scope":"resource:read resource:write","nbf":%d,"iat":%d,"exp":%d}' \
  "$issuer" "$audience" "$((now - 60))" "$((now - 60))" "$((now + 3600))" | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -mac HMAC -macopt "hexkey:$key_hex" -binary | b64url)
token="$header.$payload.$signature"

# The container shares the host's network (no bridge here): a port nothing else listens on.
port=18080
while curl -s -o /dev/null "http://127.0.0.1:$port/"; do port=$((port + 1)); done
base="http://127.0.0.1:$port"
docker volume create "$volume" >/dev/null

# As an operator runs it: read-only root, a tmpfs for the runtime's scratch files, the data on the volume.
start() {
  docker run -d --name "$1" --network host --read-only --tmpfs /tmp -v "$volume:/data" \
    --health-interval 2s --health-start-period 60s --stop-timeout "$stop_timeout" \
    -e "ASPNETCORE_HTTP_PORTS=$port" \
    -e "Authentication__Schemes__Bearer__ValidIssuer=$issuer" \
    -e "Authentication__Schemes__Bearer__ValidAudiences__0=$audience" \
    -e "Authentication__Schemes__Bearer__SigningKeys__0__Issuer=$issuer" \
    -e "Authentication__Schemes__Bearer__SigningKeys__0__Value=$key_b64" \
    "$image" >/dev/null
}
wait_ready() {
  for _ in $(seq 1 120); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/health/ready")" = 200 ] && return 0
    [ "$(docker inspect --format '{{.State.Running}}' "$1" 2>/dev/null)" = true ] || return 1
    sleep 0.5
  done
  return 1
}
status() { curl -s -o /tmp/$run_id.body -w '%{http_code}' "$@"; }

# --- first container ------------------------------------------------------------------------------------------
start "$run_id-a" || { failed start "docker run failed"; exit 1; }
if wait_ready "$run_id-a"; then ok ready; else
  failed ready "/health/ready never answered 200; last log lines: $(docker logs --tail 5 "$run_id-a" 2>&1 | tr '\n' ' ')"
  exit 1
fi

uid=$(docker top "$run_id-a" -eo pid,uid,args | awk '/ResourceService.Api.dll/ { print $2; exit }')
[ -n "$uid" ] && [ "$uid" != 0 ] && ok non-root-user || failed non-root-user "the service runs as uid '${uid:-?}'"

health=""
for _ in $(seq 1 30); do
  health=$(docker inspect --format '{{.State.Health.Status}}' "$run_id-a")
  [ "$health" = healthy ] && break
  sleep 1
done
[ "$health" = healthy ] && ok healthcheck || failed healthcheck "Docker reports the container as '$health'"

code=$(status "$base/api/v1/resource")
[ "$code" = 401 ] && ok token-required || failed token-required "GET without a token answered $code"

code=$(status -X POST "$base/api/v1/resource" -H "Authorization: Bearer $token" \
  -H 'Content-Type: application/json' -d '{"name":"Kept across containers"}')
id=$(sed -n 's/.*"id":\([0-9]*\).*/\1/p' /tmp/$run_id.body)
if [ "$code" = 201 ] && [ -n "$id" ] && [ "$(status "$base/api/v1/resource/$id" -H "Authorization: Bearer $token")" = 200 ]; then
  ok create-and-read
else
  failed create-and-read "POST answered $code ($(head -c 300 /tmp/$run_id.body))"
fi

# --- SIGTERM ------------------------------------------------------------------------------------------------
stop_started=$(date +%s%N)
docker stop "$run_id-a" >/dev/null
stop_ms=$((($(date +%s%N) - stop_started) / 1000000))
exit_code=$(docker inspect --format '{{.State.ExitCode}}' "$run_id-a")
if [ "$exit_code" = 0 ] && [ "$stop_ms" -lt $((stop_timeout * 1000)) ]; then
  ok sigterm-exits-0
else
  failed sigterm-exits-0 "exit code $exit_code after $stop_ms ms (timeout ${stop_timeout}s)"
fi
log "docker stop took $stop_ms ms, exit code $exit_code"

# --- a new container on the same volume: a redeployment keeps the data ------------------------------------------
docker rm "$run_id-a" >/dev/null
start "$run_id-b" || { failed data-survives-new-container "docker run failed"; exit 1; }
if wait_ready "$run_id-b" && [ -n "$id" ] && [ "$(status "$base/api/v1/resource/$id" -H "Authorization: Bearer $token")" = 200 ] \
    && grep -q 'Kept across containers' /tmp/$run_id.body; then
  ok data-survives-new-container
else
  failed data-survives-new-container "resource ${id:-?} was not found by a new container on the volume"
fi
docker stop "$run_id-b" >/dev/null
rm -f /tmp/$run_id.body

log "$failures failed check(s) in $(($(date +%s) - started)) s"
[ "$failures" -eq 0 ]
