# Shared by the network scripts: paths, the agency table, ports, process control.
# Sourced, never executed.

NETWORK_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(dirname "$NETWORK_DIR")"
BIN_DIR="${EVIDENCE_NETWORK_BIN:-$NETWORK_DIR/.bin}"      # git-ignored: built binaries
FABRIC_CONFIG_DIR="$BIN_DIR/config"                       # writable copy of Fabric's sampleconfig
RUN_DIR="${EVIDENCE_NETWORK_RUN:-$NETWORK_DIR/run}"      # git-ignored: crypto, ledgers, pids, logs
PID_DIR="$RUN_DIR/pids"
LOG_DIR="$RUN_DIR/logs"
CRYPTO_DIR="$RUN_DIR/crypto"
PROFILES_DIR="$RUN_DIR/profiles"
AGENCIES_FILE="${EVIDENCE_AGENCIES_FILE:-$NETWORK_DIR/agencies.conf}"

CHANNEL=evidence
CHAINCODE_NAME=evidence
CHAINCODE_JAR="${EVIDENCE_CHAINCODE_JAR:-$REPO_DIR/chaincode/target/evidence-chaincode.jar}"
DOMAIN_SUFFIX=evidence.local

# Pinned versions (README "Compatibility").
FABRIC_MODULE=github.com/hyperledger/fabric
FABRIC_VERSION=3.1.5
FABRIC_COMMIT=86c1172bec37e6590c6b1ae6f847833df48d65fc
# Go refuses @v3.1.5 (module path without /v3); the commit's pseudo-version is accepted.
FABRIC_PSEUDO_VERSION=v1.4.0-rc1.0.20260618074816-86c1172bec37
MINIO_MODULE=github.com/minio/minio
MINIO_COMMIT=7aac2a2c5b7c882e68c1ce017d8256be2feea27f
MINIO_PSEUDO_VERSION=v0.0.0-20260212201848-7aac2a2c5b7c
MC_MODULE=github.com/minio/mc
MC_PSEUDO_VERSION=v0.0.0-20250313080218-cf909e1063a9
GO_MIN_VERSION=1.26

MINIO_API_PORT="${EVIDENCE_MINIO_API_PORT:-9000}"
MINIO_CONSOLE_PORT="${EVIDENCE_MINIO_CONSOLE_PORT:-9001}"

# Port offsets from an agency's port_base.
OFF_PEER=1 OFF_PEER_CC=2 OFF_PEER_OPS=3 OFF_ORDERER=4 OFF_ORDERER_ADMIN=5 OFF_ORDERER_OPS=6
OFF_CHAINCODE=7 OFF_NODE_API=8 OFF_NODE_EXCHANGE=9

log()  { printf '[%s] %s\n' "$(basename "$0")" "$*"; }
die()  { printf '[%s] error: %s\n' "$(basename "$0")" "$*" >&2; exit 1; }

# Fills the AGENCY_* arrays from agencies.conf, refusing malformed lines.
load_agencies() {
  AGENCY_NAMES=(); AGENCY_MSP=(); AGENCY_KIND=(); AGENCY_BASE=(); AGENCY_DISPLAY=()
  [[ -r "$AGENCIES_FILE" ]] || die "agency file not found: $AGENCIES_FILE"
  local name msp kind base display lineno=0
  while read -r name msp kind base display; do
    lineno=$((lineno + 1))
    [[ -z "$name" || "$name" == \#* ]] && continue
    [[ "$name" =~ ^[a-z][a-z0-9-]{0,30}$ ]] || die "$AGENCIES_FILE:$lineno: bad agency name '$name'"
    [[ "$msp" =~ ^[A-Za-z][A-Za-z0-9]{0,40}MSP$ ]] || die "$AGENCIES_FILE:$lineno: MSP id must end in MSP: '$msp'"
    [[ "$kind" =~ ^(PROCURATORATE|POLICE|COURT|ADMINISTRATIVE)$ ]] || die "$AGENCIES_FILE:$lineno: unknown kind '$kind'"
    [[ "$base" =~ ^[1-5]?[0-9]{2}00$ ]] && (( base >= 1100 && base <= 59900 )) || die "$AGENCIES_FILE:$lineno: port_base must be a multiple of 100 in 1100..59900, got '$base'"
    AGENCY_NAMES+=("$name"); AGENCY_MSP+=("$msp"); AGENCY_KIND+=("$kind")
    AGENCY_BASE+=("$base"); AGENCY_DISPLAY+=("${display:-$name}")
  done < "$AGENCIES_FILE"
  (( ${#AGENCY_NAMES[@]} >= 1 )) || die "no agencies in $AGENCIES_FILE"
}

agency_index() {
  local i; for i in "${!AGENCY_NAMES[@]}"; do [[ "${AGENCY_NAMES[$i]}" == "$1" ]] && { echo "$i"; return; }; done
  die "unknown agency '$1'"
}
port()            { echo $(( AGENCY_BASE[$1] + $2 )); }        # port <index> <offset>
agency_domain()   { echo "${AGENCY_NAMES[$1]}.$DOMAIN_SUFFIX"; }
orderer_domain()  { echo "${AGENCY_NAMES[$1]}-orderer.$DOMAIN_SUFFIX"; }
orderer_msp()     { echo "${AGENCY_MSP[$1]%MSP}OrdererMSP"; }
peer_org_dir()    { echo "$CRYPTO_DIR/peerOrganizations/$(agency_domain "$1")"; }
orderer_org_dir() { echo "$CRYPTO_DIR/ordererOrganizations/$(orderer_domain "$1")"; }
peer_dir()        { echo "$(peer_org_dir "$1")/peers/peer0.$(agency_domain "$1")"; }
orderer_dir()     { echo "$(orderer_org_dir "$1")/orderers/orderer0.$(orderer_domain "$1")"; }
admin_msp_dir()   { echo "$(peer_org_dir "$1")/users/Admin@$(agency_domain "$1")/msp"; }

# Every port the consortium listens on, one "port owner" pair a line; "storage": MinIO's only.
all_ports() {
  local i
  if [[ "${1:-}" != storage ]]; then
    for i in "${!AGENCY_NAMES[@]}"; do
      local n="${AGENCY_NAMES[$i]}" off
      for off in $OFF_PEER $OFF_PEER_CC $OFF_PEER_OPS; do echo "$(port "$i" "$off") peer-$n"; done
      for off in $OFF_ORDERER $OFF_ORDERER_ADMIN $OFF_ORDERER_OPS; do echo "$(port "$i" "$off") orderer-$n"; done
      echo "$(port "$i" $OFF_CHAINCODE) chaincode-$n"
    done
  fi
  echo "$MINIO_API_PORT minio"; echo "$MINIO_CONSOLE_PORT minio"
}

# --- processes: started detached, remembered by pid file, stopped only by that pid ---

pid_file() { echo "$PID_DIR/$1.pid"; }

is_running() {
  local f; f="$(pid_file "$1")"
  [[ -f "$f" ]] || return 1
  local pid; pid="$(cat "$f")"
  [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null
}

# start_process <name> <command...>; environment is inherited from the caller.
start_process() {
  local name="$1"; shift
  mkdir -p "$PID_DIR" "$LOG_DIR"
  is_running "$name" && die "$name is already running (pid $(cat "$(pid_file "$name")"))"
  setsid "$@" >>"$LOG_DIR/$name.log" 2>&1 < /dev/null &
  echo $! > "$(pid_file "$name")"
}

stop_process() {
  local name="$1" f pid i
  f="$(pid_file "$name")"
  [[ -f "$f" ]] || return 0
  pid="$(cat "$f")"
  if [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    for i in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    if kill -0 "$pid" 2>/dev/null; then log "$name did not stop in 10 s, killing pid $pid"; kill -KILL "$pid" 2>/dev/null || true; fi
    log "stopped $name (pid $pid)"
  fi
  rm -f "$f"
}

running_processes() {
  local f
  for f in "$PID_DIR"/*.pid; do [[ -e "$f" ]] || continue; basename "$f" .pid; done
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# wait_for <description> <seconds> <command...>: polls until the command succeeds.
wait_for() {
  local what="$1" secs="$2"; shift 2
  local deadline=$(( $(date +%s) + secs ))
  until "$@" >/dev/null 2>&1; do
    (( $(date +%s) < deadline )) || return 1
    sleep 0.5
  done
}

http_ok() { curl -fsS --max-time 2 "$1" >/dev/null; }

# require_installed [storage]: are the binaries there (all, or only MinIO's)?
require_installed() {
  local b list=(peer orderer configtxgen osnadmin cryptogen minio mc)
  [[ "${1:-}" == storage ]] && list=(minio mc)
  for b in "${list[@]}"; do
    [[ -x "$BIN_DIR/$b" ]] || return 1
  done
  [[ "${1:-}" == storage ]] || [[ -f "$FABRIC_CONFIG_DIR/core.yaml" && -f "$FABRIC_CONFIG_DIR/orderer.yaml" ]]
}

# Names of the processes `up` starts, one a line.
expected_processes() {
  local n
  echo minio
  [[ -f "$RUN_DIR/storage-only" ]] && return
  for n in "${AGENCY_NAMES[@]}"; do echo "orderer-$n"; echo "peer-$n"; echo "chaincode-$n"; done
}

all_running() {
  local p
  for p in $(expected_processes); do is_running "$p" || return 1; done
}
