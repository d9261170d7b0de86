# Crypto material (cryptogen) and the channel's genesis block (configtxgen), created once.
# Sourced by network/up.

CHANNEL_DIR="$RUN_DIR/channel"
GENESIS_BLOCK="$CHANNEL_DIR/$CHANNEL.block"

write_crypto_config() {
  local i
  echo "OrdererOrgs:"
  for i in "${!AGENCY_NAMES[@]}"; do cat <<YAML
  - Name: ${AGENCY_DISPLAY[$i]}Orderer
    Domain: $(orderer_domain "$i")
    EnableNodeOUs: true
    Specs:
      - Hostname: orderer0
        SANS: [localhost, 127.0.0.1]
YAML
  done
  echo "PeerOrgs:"
  for i in "${!AGENCY_NAMES[@]}"; do cat <<YAML
  - Name: ${AGENCY_DISPLAY[$i]}
    Domain: $(agency_domain "$i")
    EnableNodeOUs: true
    Specs:
      - Hostname: peer0
        SANS: [localhost, 127.0.0.1]
      # TLS identity of the agency node for node-to-node evidence exchange (mutual TLS).
      - Hostname: node
        SANS: [localhost, 127.0.0.1]
    Users:
      Count: 1
YAML
  done
}

write_configtx() {
  local i
  echo "Organizations:"
  for i in "${!AGENCY_NAMES[@]}"; do
    local omsp pmsp; omsp="$(orderer_msp "$i")"; pmsp="${AGENCY_MSP[$i]}"
    cat <<YAML
  - &${omsp}
    Name: ${omsp}
    ID: ${omsp}
    MSPDir: $(orderer_org_dir "$i")/msp
    Policies:
      Readers: {Type: Signature, Rule: "OR('${omsp}.member')"}
      Writers: {Type: Signature, Rule: "OR('${omsp}.member')"}
      Admins: {Type: Signature, Rule: "OR('${omsp}.admin')"}
    OrdererEndpoints: ["127.0.0.1:$(port "$i" $OFF_ORDERER)"]
  - &${pmsp}
    Name: ${pmsp}
    ID: ${pmsp}
    MSPDir: $(peer_org_dir "$i")/msp
    Policies:
      Readers: {Type: Signature, Rule: "OR('${pmsp}.admin', '${pmsp}.peer', '${pmsp}.client')"}
      Writers: {Type: Signature, Rule: "OR('${pmsp}.admin', '${pmsp}.client')"}
      Admins: {Type: Signature, Rule: "OR('${pmsp}.admin')"}
      Endorsement: {Type: Signature, Rule: "OR('${pmsp}.peer')"}
    AnchorPeers:
      - {Host: 127.0.0.1, Port: $(port "$i" $OFF_PEER)}
YAML
  done
  cat <<YAML
Capabilities:
  Channel: &ChannelCapabilities {V3_0: true}
  Orderer: &OrdererCapabilities {V2_0: true}
  Application: &ApplicationCapabilities {V2_5: true}
Application: &ApplicationDefaults
  Policies:
    Readers: {Type: ImplicitMeta, Rule: "ANY Readers"}
    Writers: {Type: ImplicitMeta, Rule: "ANY Writers"}
    Admins: {Type: ImplicitMeta, Rule: "MAJORITY Admins"}
    LifecycleEndorsement: {Type: ImplicitMeta, Rule: "MAJORITY Endorsement"}
    Endorsement: {Type: ImplicitMeta, Rule: "MAJORITY Endorsement"}
  Capabilities: *ApplicationCapabilities
Orderer: &OrdererDefaults
  OrdererType: etcdraft
  # Measured on 2 cores (benchmark, quick mode): 200 ms halves submit→commit latency against
  # 500 ms (p95 253 vs 530 ms at one client) and doubles lead hand-offs at 32 clients (103/s vs
  # 54/s); above ~100 tx/s the CPU, not the timeout, is the limit either way.
  BatchTimeout: ${EVIDENCE_BATCH_TIMEOUT:-200ms}
  BatchSize:
    MaxMessageCount: ${EVIDENCE_BATCH_MAX_MESSAGES:-200}
    AbsoluteMaxBytes: 10 MB
    PreferredMaxBytes: 2 MB
  EtcdRaft:
    Consenters:
YAML
  for i in "${!AGENCY_NAMES[@]}"; do
    local tls; tls="$(orderer_dir "$i")/tls/server.crt"
    cat <<YAML
      - {Host: 127.0.0.1, Port: $(port "$i" $OFF_ORDERER), ClientTLSCert: $tls, ServerTLSCert: $tls}
YAML
  done
  cat <<YAML
  Policies:
    Readers: {Type: ImplicitMeta, Rule: "ANY Readers"}
    Writers: {Type: ImplicitMeta, Rule: "ANY Writers"}
    Admins: {Type: ImplicitMeta, Rule: "MAJORITY Admins"}
    BlockValidation: {Type: ImplicitMeta, Rule: "ANY Writers"}
  Capabilities: *OrdererCapabilities
Channel: &ChannelDefaults
  Policies:
    Readers: {Type: ImplicitMeta, Rule: "ANY Readers"}
    Writers: {Type: ImplicitMeta, Rule: "ANY Writers"}
    Admins: {Type: ImplicitMeta, Rule: "MAJORITY Admins"}
  Capabilities: *ChannelCapabilities
Profiles:
  EvidenceChannel:
    <<: *ChannelDefaults
    Orderer:
      <<: *OrdererDefaults
      Organizations:
YAML
  for i in "${!AGENCY_NAMES[@]}"; do echo "        - *$(orderer_msp "$i")"; done
  cat <<YAML
    Application:
      <<: *ApplicationDefaults
      Organizations:
YAML
  for i in "${!AGENCY_NAMES[@]}"; do echo "        - *${AGENCY_MSP[$i]}"; done
}

ensure_crypto_and_genesis() {
  local recorded="$CHANNEL_DIR/agencies.conf"
  if [[ -f "$GENESIS_BLOCK" ]]; then
    if ! diff -q <(grep -v '^\s*#' "$recorded" | sed '/^\s*$/d') <(grep -v '^\s*#' "$AGENCIES_FILE" | sed '/^\s*$/d') >/dev/null; then
      die "$AGENCIES_FILE changed since the channel was created; run network/down --clean, then network/up (adding a member to a live channel is a channel configuration update, which this script does not do)"
    fi
    return
  fi
  log "creating crypto material and the genesis block of channel '$CHANNEL'"
  rm -rf "$CRYPTO_DIR" "$CHANNEL_DIR"; mkdir -p "$CHANNEL_DIR"
  write_crypto_config > "$CHANNEL_DIR/crypto-config.yaml"
  "$BIN_DIR/cryptogen" generate --config="$CHANNEL_DIR/crypto-config.yaml" --output="$CRYPTO_DIR" >/dev/null
  write_configtx > "$CHANNEL_DIR/configtx.yaml"
  "$BIN_DIR/configtxgen" -configPath "$CHANNEL_DIR" -profile EvidenceChannel \
    -channelID "$CHANNEL" -outputBlock "$GENESIS_BLOCK" 2>"$LOG_DIR/configtxgen.log" \
    || { cat "$LOG_DIR/configtxgen.log" >&2; die "configtxgen failed"; }
  cp "$AGENCIES_FILE" "$recorded"
}
