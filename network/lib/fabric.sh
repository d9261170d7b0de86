# Orderers and peers as plain processes, and their channel membership. Sourced by network/up
# and by scripts that act as an agency's administrator.

orderer_env() {
  local i="$1" n="${AGENCY_NAMES[$1]}" dir tls admin_ca
  dir="$(orderer_dir "$i")"; tls="$dir/tls"
  admin_ca="$(orderer_org_dir "$i")/tlsca/tlsca.$(orderer_domain "$i")-cert.pem"
  echo "FABRIC_CFG_PATH=$FABRIC_CONFIG_DIR"
  echo "FABRIC_LOGGING_SPEC=${EVIDENCE_FABRIC_LOGGING:-INFO}"
  echo "ORDERER_GENERAL_LISTENADDRESS=127.0.0.1"
  echo "ORDERER_GENERAL_LISTENPORT=$(port "$i" $OFF_ORDERER)"
  echo "ORDERER_GENERAL_LOCALMSPID=$(orderer_msp "$i")"
  echo "ORDERER_GENERAL_LOCALMSPDIR=$dir/msp"
  echo "ORDERER_GENERAL_TLS_ENABLED=true"
  echo "ORDERER_GENERAL_TLS_PRIVATEKEY=$tls/server.key"
  echo "ORDERER_GENERAL_TLS_CERTIFICATE=$tls/server.crt"
  echo "ORDERER_GENERAL_TLS_ROOTCAS=[$tls/ca.crt]"
  echo "ORDERER_GENERAL_CLUSTER_CLIENTCERTIFICATE=$tls/server.crt"
  echo "ORDERER_GENERAL_CLUSTER_CLIENTPRIVATEKEY=$tls/server.key"
  echo "ORDERER_GENERAL_CLUSTER_ROOTCAS=[$tls/ca.crt]"
  echo "ORDERER_FILELEDGER_LOCATION=$RUN_DIR/$n/orderer/ledger"
  echo "ORDERER_CONSENSUS_WALDIR=$RUN_DIR/$n/orderer/etcdraft/wal"
  echo "ORDERER_CONSENSUS_SNAPDIR=$RUN_DIR/$n/orderer/etcdraft/snapshot"
  echo "ORDERER_ADMIN_LISTENADDRESS=127.0.0.1:$(port "$i" $OFF_ORDERER_ADMIN)"
  echo "ORDERER_ADMIN_TLS_ENABLED=true"
  echo "ORDERER_ADMIN_TLS_PRIVATEKEY=$tls/server.key"
  echo "ORDERER_ADMIN_TLS_CERTIFICATE=$tls/server.crt"
  echo "ORDERER_ADMIN_TLS_ROOTCAS=[$tls/ca.crt]"
  echo "ORDERER_ADMIN_TLS_CLIENTAUTHREQUIRED=true"
  echo "ORDERER_ADMIN_TLS_CLIENTROOTCAS=[$admin_ca]"
  echo "ORDERER_OPERATIONS_LISTENADDRESS=127.0.0.1:$(port "$i" $OFF_ORDERER_OPS)"
  echo "ORDERER_METRICS_PROVIDER=prometheus"
}

peer_env() {
  local i="$1" n="${AGENCY_NAMES[$1]}" dir
  dir="$(peer_dir "$i")"
  local addr="127.0.0.1:$(port "$i" $OFF_PEER)"
  echo "FABRIC_CFG_PATH=$FABRIC_CONFIG_DIR"
  echo "FABRIC_LOGGING_SPEC=${EVIDENCE_FABRIC_LOGGING:-INFO}"
  echo "CORE_PEER_ID=peer0.$(agency_domain "$i")"
  echo "CORE_PEER_ADDRESS=$addr"
  echo "CORE_PEER_LISTENADDRESS=$addr"
  echo "CORE_PEER_CHAINCODELISTENADDRESS=127.0.0.1:$(port "$i" $OFF_PEER_CC)"
  echo "CORE_PEER_CHAINCODEADDRESS=127.0.0.1:$(port "$i" $OFF_PEER_CC)"
  echo "CORE_PEER_GOSSIP_BOOTSTRAP=$addr"
  echo "CORE_PEER_GOSSIP_ENDPOINT=$addr"
  echo "CORE_PEER_GOSSIP_EXTERNALENDPOINT=$addr"
  echo "CORE_PEER_LOCALMSPID=${AGENCY_MSP[$i]}"
  echo "CORE_PEER_MSPCONFIGPATH=$dir/msp"
  echo "CORE_PEER_TLS_ENABLED=true"
  echo "CORE_PEER_TLS_CERT_FILE=$dir/tls/server.crt"
  echo "CORE_PEER_TLS_KEY_FILE=$dir/tls/server.key"
  echo "CORE_PEER_TLS_ROOTCERT_FILE=$dir/tls/ca.crt"
  echo "CORE_PEER_FILESYSTEMPATH=$RUN_DIR/$n/peer"
  echo "CORE_LEDGER_STATE_STATEDATABASE=goleveldb"
  echo "CORE_LEDGER_HISTORY_ENABLEHISTORYDATABASE=true"
  echo "CORE_OPERATIONS_LISTENADDRESS=127.0.0.1:$(port "$i" $OFF_PEER_OPS)"
  echo "CORE_METRICS_PROVIDER=prometheus"
  # No container engine: chaincode runs as a service, reached through the external builder.
  echo "CORE_VM_ENDPOINT="
  echo "CORE_CHAINCODE_EXTERNALBUILDERS=[{name: ccaas, path: $NETWORK_DIR/ccaas-builder}]"
}

# The peer CLI acting as agency <i>'s administrator against its own peer.
peer_admin() {
  local i="$1"; shift
  local dir; dir="$(peer_dir "$i")"
  env FABRIC_CFG_PATH="$FABRIC_CONFIG_DIR" FABRIC_LOGGING_SPEC=WARN \
    CORE_PEER_LOCALMSPID="${AGENCY_MSP[$i]}" CORE_PEER_MSPCONFIGPATH="$(admin_msp_dir "$i")" \
    CORE_PEER_ADDRESS="127.0.0.1:$(port "$i" $OFF_PEER)" CORE_PEER_TLS_ENABLED=true \
    CORE_PEER_TLS_ROOTCERT_FILE="$dir/tls/ca.crt" \
    "$BIN_DIR/peer" "$@"
}

orderer_ca()   { echo "$(orderer_dir "$1")/tls/ca.crt"; }
orderer_args() { echo "-o 127.0.0.1:$(port "$1" $OFF_ORDERER) --tls --cafile $(orderer_ca "$1")"; }

start_orderers() {
  local i
  for i in "${!AGENCY_NAMES[@]}"; do
    mkdir -p "$RUN_DIR/${AGENCY_NAMES[$i]}/orderer"
    local -a vars; mapfile -t vars < <(orderer_env "$i")
    launch "orderer-${AGENCY_NAMES[$i]}" env "${vars[@]}" "$BIN_DIR/orderer"
  done
  for i in "${!AGENCY_NAMES[@]}"; do
    wait_for "orderer ${AGENCY_NAMES[$i]}" 60 http_ok "http://127.0.0.1:$(port "$i" $OFF_ORDERER_OPS)/healthz" \
      || die "orderer of ${AGENCY_NAMES[$i]} did not become healthy (log: $LOG_DIR/orderer-${AGENCY_NAMES[$i]}.log)"
  done
}

osnadmin_for() {
  local i="$1"; shift
  local admin; admin="$(orderer_org_dir "$i")/users/Admin@$(orderer_domain "$i")/tls"
  "$BIN_DIR/osnadmin" "$@" -o "127.0.0.1:$(port "$i" $OFF_ORDERER_ADMIN)" \
    --ca-file "$(orderer_ca "$i")" --client-cert "$admin/client.crt" --client-key "$admin/client.key"
}

join_orderers() {
  local i
  for i in "${!AGENCY_NAMES[@]}"; do
    if osnadmin_for "$i" channel list --channelID "$CHANNEL" 2>/dev/null | grep -q '"name"'; then continue; fi
    log "orderer of ${AGENCY_NAMES[$i]} joins channel '$CHANNEL'"
    osnadmin_for "$i" channel join --channelID "$CHANNEL" --config-block "$GENESIS_BLOCK" >/dev/null \
      || die "orderer of ${AGENCY_NAMES[$i]} could not join '$CHANNEL'"
  done
}

start_peers() {
  local i
  for i in "${!AGENCY_NAMES[@]}"; do
    mkdir -p "$RUN_DIR/${AGENCY_NAMES[$i]}/peer"
    local -a vars; mapfile -t vars < <(peer_env "$i")
    launch "peer-${AGENCY_NAMES[$i]}" env "${vars[@]}" "$BIN_DIR/peer" node start
  done
  for i in "${!AGENCY_NAMES[@]}"; do
    wait_for "peer ${AGENCY_NAMES[$i]}" 60 http_ok "http://127.0.0.1:$(port "$i" $OFF_PEER_OPS)/healthz" \
      || die "peer of ${AGENCY_NAMES[$i]} did not become healthy (log: $LOG_DIR/peer-${AGENCY_NAMES[$i]}.log)"
  done
}

join_peers() {
  local i
  for i in "${!AGENCY_NAMES[@]}"; do
    if peer_admin "$i" channel list 2>/dev/null | grep -qx "$CHANNEL"; then continue; fi
    log "peer of ${AGENCY_NAMES[$i]} joins channel '$CHANNEL'"
    peer_admin "$i" channel join -b "$GENESIS_BLOCK" >/dev/null 2>"$LOG_DIR/peer-join.err" \
      || { cat "$LOG_DIR/peer-join.err" >&2; die "peer of ${AGENCY_NAMES[$i]} could not join '$CHANNEL'"; }
  done
}

# Orderers elect a Raft leader a few seconds after they start; until then they refuse
# transactions with SERVICE_UNAVAILABLE. raft_leader_known waits until every orderer names one.
raft_leader_known() {
  local i
  for i in "${!AGENCY_NAMES[@]}"; do
    curl -fsS --max-time 2 "http://127.0.0.1:$(port "$i" $OFF_ORDERER_OPS)/metrics" 2>/dev/null \
      | grep -Eq "^consensus_etcdraft_leader_changes\{channel=\"$CHANNEL\"\} [1-9]" || return 1
  done
}

wait_for_raft_leader() {
  wait_for "Raft leader" 60 raft_leader_known || die "the ordering service elected no Raft leader in 60 s (logs: $LOG_DIR/orderer-*.log)"
}

# Gateways find other agencies' peers through gossip; until every peer knows the others, a
# gateway cannot gather MAJORITY endorsements ("no combination of peers can be derived").
gossip_converged() {
  local i others=$(( ${#AGENCY_NAMES[@]} - 1 ))
  for i in "${!AGENCY_NAMES[@]}"; do
    curl -fsS --max-time 2 "http://127.0.0.1:$(port "$i" $OFF_PEER_OPS)/metrics" 2>/dev/null \
      | grep -Eq "^gossip_membership_total_peers_known\{channel=\"$CHANNEL\"\} $others\$" || return 1
  done
}

wait_for_gossip() {
  wait_for "gossip membership" 90 gossip_converged \
    || die "the peers did not all find each other through gossip in 90 s (logs: $LOG_DIR/peer-*.log)"
}

# Block height of agency <i>'s peer on the channel, or nothing when it cannot tell.
peer_height() {
  peer_admin "$1" channel getinfo -c "$CHANNEL" 2>/dev/null \
    | sed -n 's/.*"height":\([0-9]*\).*/\1/p'
}
