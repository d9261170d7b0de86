# Writes the per-agency connection profiles (docs/connection-profile.md). Sourced by network/up.

json_string() { python3 -c 'import json,sys; print(json.dumps(sys.argv[1]))' "$1"; }

# write_profile <index> [storage]: storage profiles carry the agency and its bucket only.
write_profile() {
  local i="$1" n="${AGENCY_NAMES[$1]}" domain peer user admin node
  if [[ "${2:-}" == storage ]]; then write_storage_profile "$i"; return; fi
  domain="$(agency_domain "$i")"; peer="$(peer_dir "$i")"
  user="$(peer_org_dir "$i")/users/User1@$domain/msp"
  admin="$(admin_msp_dir "$i")"
  node="$(peer_org_dir "$i")/peers/node.$domain/tls"
  cat <<JSON
{
  "agency": "$n",
  "displayName": $(json_string "${AGENCY_DISPLAY[$i]}"),
  "kind": "${AGENCY_KIND[$i]}",
  "mspId": "${AGENCY_MSP[$i]}",
  "channel": "$CHANNEL",
  "chaincode": "$CHAINCODE_NAME",
  "peer": {
    "endpoint": "127.0.0.1:$(port "$i" $OFF_PEER)",
    "hostOverride": "peer0.$domain",
    "tlsCaCertPath": "$peer/tls/ca.crt",
    "operationsUrl": "http://127.0.0.1:$(port "$i" $OFF_PEER_OPS)"
  },
  "client": {
    "name": "User1@$domain",
    "certPath": "$user/signcerts/User1@$domain-cert.pem",
    "keyPath": "$user/keystore/priv_sk"
  },
  "admin": {
    "name": "Admin@$domain",
    "certPath": "$admin/signcerts/Admin@$domain-cert.pem",
    "keyPath": "$admin/keystore/priv_sk"
  },
$(s3_section "$i"),
  "node": {
    "apiPort": $(port "$i" $OFF_NODE_API),
    "exchangePort": $(port "$i" $OFF_NODE_EXCHANGE),
    "tlsCertPath": "$node/server.crt",
    "tlsKeyPath": "$node/server.key",
    "tlsCaCertPath": "$node/ca.crt"
  }
}
JSON
}

write_storage_profile() {
  local i="$1"
  cat <<JSON
{
  "agency": "${AGENCY_NAMES[$i]}",
  "displayName": $(json_string "${AGENCY_DISPLAY[$i]}"),
  "kind": "${AGENCY_KIND[$i]}",
  "mspId": "${AGENCY_MSP[$i]}",
$(s3_section "$i")
}
JSON
}

s3_section() {
  cat <<JSON
  "s3": {
    "endpoint": "http://127.0.0.1:$MINIO_API_PORT",
    "region": "us-east-1",
    "bucket": "$(bucket_of "$1")",
    "accessKey": "$(s3_user_of "$1")",
    "secretKey": "$(cat "$(s3_secret_file "$1")")"
  }
JSON
}

write_profiles() {
  mkdir -p "$PROFILES_DIR"; chmod 700 "$PROFILES_DIR"
  local i list=()
  for i in "${!AGENCY_NAMES[@]}"; do
    write_profile "$i" "${1:-}" > "$PROFILES_DIR/${AGENCY_NAMES[$i]}.json"
    chmod 600 "$PROFILES_DIR/${AGENCY_NAMES[$i]}.json"
    list+=("\"${AGENCY_NAMES[$i]}\"")
  done
  local joined; joined="$(IFS=,; echo "${list[*]}")"
  cat > "$PROFILES_DIR/consortium.json" <<JSON
{
  "channel": "$CHANNEL",
  "chaincode": "$CHAINCODE_NAME",
  "agencies": [${joined//,/, }],
  "s3AdminEndpoint": "http://127.0.0.1:$MINIO_API_PORT"
}
JSON
}
