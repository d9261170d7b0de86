# Deploys the project's Java chaincode as a service: per agency a package naming that agency's
# chaincode server, installed and approved by every agency, committed with a new sequence
# whenever the chaincode jar changed. Sourced by network/up.

CC_DIR="$RUN_DIR/chaincode"

chaincode_version() { sha256sum "$CHAINCODE_JAR" | cut -c1-16; }

# Prints "<sequence> <version>" of the committed definition, or nothing.
committed_definition() {
  peer_admin 0 lifecycle chaincode querycommitted -C "$CHANNEL" -n "$CHAINCODE_NAME" -O json 2>/dev/null \
    | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["sequence"], d["version"])' 2>/dev/null || true
}

# Writes agency <i>'s chaincode package for <version> and prints its path.
package_for() {
  local i="$1" version="$2" n="${AGENCY_NAMES[$1]}"
  local dir="$CC_DIR/$version/$n"
  mkdir -p "$dir"
  printf '{"address":"127.0.0.1:%s","dial_timeout":"10s","tls_required":false}\n' \
    "$(port "$i" $OFF_CHAINCODE)" > "$dir/connection.json"
  printf '{"type":"ccaas","label":"%s_%s"}\n' "$CHAINCODE_NAME" "$version" > "$dir/metadata.json"
  tar -C "$dir" --mtime=@0 --owner=0 --group=0 -czf "$dir/code.tar.gz" connection.json
  tar -C "$dir" --mtime=@0 --owner=0 --group=0 -czf "$dir/package.tar.gz" metadata.json code.tar.gz
  echo "$dir/package.tar.gz"
}

package_id_of() { "$BIN_DIR/peer" lifecycle chaincode calculatepackageid "$1" 2>/dev/null; }

start_chaincode_servers() {
  local version="$1" i
  for i in "${!AGENCY_NAMES[@]}"; do
    local n="${AGENCY_NAMES[$i]}" pkg pid
    pkg="$CC_DIR/$version/$n/package.tar.gz"
    pid="$(FABRIC_CFG_PATH="$FABRIC_CONFIG_DIR" package_id_of "$pkg")"
    [[ -n "$pid" ]] || die "cannot compute the package id of $pkg"
    launch "chaincode-$n" env CHAINCODE_SERVER_ADDRESS="127.0.0.1:$(port "$i" $OFF_CHAINCODE)" \
      CORE_CHAINCODE_ID_NAME="$pid" CORE_PEER_LOCALMSPID="${AGENCY_MSP[$i]}" CORE_PEER_TLS_ENABLED=false \
      java -Xms32m -Xmx256m -XX:+UseSerialGC -jar "$CC_DIR/$version/evidence-chaincode.jar"
  done
}

peer_targets() {
  local i
  for i in "${!AGENCY_NAMES[@]}"; do
    printf -- '--peerAddresses 127.0.0.1:%s --tlsRootCertFiles %s ' "$(port "$i" $OFF_PEER)" "$(peer_dir "$i")/tls/ca.crt"
  done
}

deploy_chaincode() {
  local version seq committed
  version="$(chaincode_version)"
  committed="$(committed_definition)"
  if [[ -n "$committed" && "${committed#* }" == "$version" ]]; then
    log "chaincode $version already committed (sequence ${committed%% *})"
    start_chaincode_servers "$version"
    wait_for_chaincode
    return
  fi
  if [[ -z "$committed" ]]; then seq=1; else seq=$(( ${committed%% *} + 1 )); fi
  log "deploying chaincode version $version as sequence $seq"
  mkdir -p "$CC_DIR/$version"
  cp "$CHAINCODE_JAR" "$CC_DIR/$version/evidence-chaincode.jar"
  local i
  for i in "${!AGENCY_NAMES[@]}"; do
    local pkg pid
    pkg="$(package_for "$i" "$version")"
    pid="$(FABRIC_CFG_PATH="$FABRIC_CONFIG_DIR" package_id_of "$pkg")"
    if ! peer_admin "$i" lifecycle chaincode queryinstalled 2>/dev/null | grep -q "$pid"; then
      peer_admin "$i" lifecycle chaincode install "$pkg" >/dev/null 2>"$LOG_DIR/cc-install.err" \
        || { cat "$LOG_DIR/cc-install.err" >&2; die "chaincode install failed on ${AGENCY_NAMES[$i]}"; }
    fi
    # shellcheck disable=SC2046
    peer_admin "$i" lifecycle chaincode approveformyorg $(orderer_args "$i") -C "$CHANNEL" \
      -n "$CHAINCODE_NAME" -v "$version" --package-id "$pid" --sequence "$seq" --waitForEvent \
      >/dev/null 2>"$LOG_DIR/cc-approve.err" \
      || { cat "$LOG_DIR/cc-approve.err" >&2; die "chaincode approval failed for ${AGENCY_NAMES[$i]}"; }
  done
  start_chaincode_servers "$version"
  # shellcheck disable=SC2046
  peer_admin 0 lifecycle chaincode commit $(orderer_args 0) -C "$CHANNEL" -n "$CHAINCODE_NAME" \
    -v "$version" --sequence "$seq" $(peer_targets) --waitForEvent >/dev/null 2>"$LOG_DIR/cc-commit.err" \
    || { cat "$LOG_DIR/cc-commit.err" >&2; die "chaincode commit failed"; }
  wait_for_chaincode
}

chaincode_answers() {
  peer_admin "$1" chaincode query -C "$CHANNEL" -n "$CHAINCODE_NAME" -c '{"Args":["agency:listAgencies"]}'
}

wait_for_chaincode() {
  local i
  for i in "${!AGENCY_NAMES[@]}"; do
    wait_for "chaincode at ${AGENCY_NAMES[$i]}" 90 chaincode_answers "$i" \
      || die "the chaincode does not answer at ${AGENCY_NAMES[$i]}'s peer (log: $LOG_DIR/chaincode-${AGENCY_NAMES[$i]}.log)"
  done
}

# Each agency's administrator enters its agency into the on-ledger directory, once.
register_agencies() {
  local i
  for i in "${!AGENCY_NAMES[@]}"; do
    local msp="${AGENCY_MSP[$i]}"
    if peer_admin "$i" chaincode query -C "$CHANNEL" -n "$CHAINCODE_NAME" \
         -c "{\"Args\":[\"agency:getAgency\",\"$msp\"]}" >/dev/null 2>&1; then continue; fi
    log "registering agency $msp on the ledger"
    # shellcheck disable=SC2046
    peer_admin "$i" chaincode invoke $(orderer_args "$i") -C "$CHANNEL" -n "$CHAINCODE_NAME" $(peer_targets) \
      -c "{\"Args\":[\"agency:registerAgency\",\"$msp\",\"${AGENCY_DISPLAY[$i]}\",\"${AGENCY_KIND[$i]}\"]}" \
      --waitForEvent >/dev/null 2>"$LOG_DIR/register-agency.err" \
      || { cat "$LOG_DIR/register-agency.err" >&2; die "could not register agency $msp"; }
  done
}
