# One MinIO server for the local consortium; per agency a versioned, object-locked bucket and an
# S3 user whose policy reaches only that bucket. Sourced by network/up.

MINIO_DIR="$RUN_DIR/minio"
MINIO_ROOT_ENV="$MINIO_DIR/root.env"
# Default WORM retention on evidence buckets. GOVERNANCE lets the root user lift it (tests,
# mistakes); production uses COMPLIANCE with the retention the agency's rules require.
MINIO_RETENTION="${EVIDENCE_RETENTION:-GOVERNANCE 30d}"

random_secret() { head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32; }

mc_local() { MC_CONFIG_DIR="$MINIO_DIR/mc" "$BIN_DIR/mc" --quiet "$@"; }

bucket_of()     { echo "${AGENCY_NAMES[$1]}-evidence"; }
s3_user_of()    { echo "${AGENCY_NAMES[$1]}-node"; }
s3_secret_file(){ echo "$MINIO_DIR/credentials/${AGENCY_NAMES[$1]}.secret"; }

start_minio() {
  mkdir -p "$MINIO_DIR/data" "$MINIO_DIR/credentials"
  chmod 700 "$MINIO_DIR"
  if [[ ! -f "$MINIO_ROOT_ENV" ]]; then
    printf 'MINIO_ROOT_USER=evidence-root\nMINIO_ROOT_PASSWORD=%s\n' "$(random_secret)" > "$MINIO_ROOT_ENV"
    chmod 600 "$MINIO_ROOT_ENV"
  fi
  local -a vars; mapfile -t vars < "$MINIO_ROOT_ENV"
  launch minio env "${vars[@]}" MINIO_BROWSER=on MINIO_UPDATE=off \
    "$BIN_DIR/minio" server "$MINIO_DIR/data" --quiet \
    --address "127.0.0.1:$MINIO_API_PORT" --console-address "127.0.0.1:$MINIO_CONSOLE_PORT"
  wait_for minio 60 http_ok "http://127.0.0.1:$MINIO_API_PORT/minio/health/live" \
    || die "MinIO did not become healthy (log: $LOG_DIR/minio.log)"
}

configure_minio() {
  source "$MINIO_ROOT_ENV"
  mc_local alias set local "http://127.0.0.1:$MINIO_API_PORT" "$MINIO_ROOT_USER" "$MINIO_ROOT_PASSWORD" >/dev/null
  local i
  for i in "${!AGENCY_NAMES[@]}"; do
    local bucket user secret_file
    bucket="$(bucket_of "$i")"; user="$(s3_user_of "$i")"; secret_file="$(s3_secret_file "$i")"
    if ! mc_local stat "local/$bucket" >/dev/null 2>&1; then
      log "creating bucket $bucket (versioning, object lock, default retention $MINIO_RETENTION)"
      mc_local mb --with-lock "local/$bucket" >/dev/null
      # shellcheck disable=SC2086
      mc_local retention set --default $MINIO_RETENTION "local/$bucket" >/dev/null
    fi
    [[ -f "$secret_file" ]] || { random_secret > "$secret_file"; chmod 600 "$secret_file"; }
    cat > "$MINIO_DIR/policy-$bucket.json" <<JSON
{"Version":"2012-10-17","Statement":[
 {"Effect":"Allow","Action":["s3:GetBucketLocation","s3:ListBucket","s3:ListBucketVersions","s3:ListBucketMultipartUploads","s3:GetBucketVersioning","s3:GetBucketObjectLockConfiguration"],"Resource":["arn:aws:s3:::$bucket"]},
 {"Effect":"Allow","Action":["s3:GetObject","s3:GetObjectVersion","s3:PutObject","s3:AbortMultipartUpload","s3:ListMultipartUploadParts","s3:GetObjectRetention","s3:PutObjectRetention","s3:GetObjectLegalHold","s3:GetObjectTagging","s3:GetObjectVersionTagging","s3:DeleteObject"],"Resource":["arn:aws:s3:::$bucket/*"]}
]}
JSON
    mc_local admin user add local "$user" "$(cat "$secret_file")" >/dev/null
    mc_local admin policy create local "$bucket-rw" "$MINIO_DIR/policy-$bucket.json" >/dev/null
    mc_local admin policy attach local "$bucket-rw" --user "$user" >/dev/null 2>&1 || true
  done
}
