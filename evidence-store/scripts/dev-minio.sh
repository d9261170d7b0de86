#!/usr/bin/env bash
# Throwaway MinIO for developing and running the evidence-store ITs without the consortium.
#   dev-minio.sh start DIR PORT   start MinIO on 127.0.0.1:PORT with data in DIR, create a
#                                 versioned, object-locked bucket and an agency user that can
#                                 reach only that bucket (no delete), write DIR/profile.json
#   dev-minio.sh stop DIR         stop the MinIO started for DIR (by its recorded pid)
# Needs the minio and mc binaries (MINIO_BIN, MC_BIN; defaults under /tmp/gobuild/bin).
set -euo pipefail

MINIO_BIN=${MINIO_BIN:-/tmp/gobuild/bin/minio}
MC_BIN=${MC_BIN:-/tmp/gobuild/bin/mc}
BUCKET=${BUCKET:-police-evidence}
AGENCY_USER=police-node
AGENCY_SECRET=police-node-secret-0001
ROOT_USER=devroot
ROOT_PASSWORD=devroot-secret-0001

cmd=${1:?usage: dev-minio.sh start|stop DIR [PORT]}
dir=${2:?data directory required}

if [[ $cmd == stop ]]; then
  if [[ -f $dir/minio.pid ]] && kill -0 "$(cat "$dir/minio.pid")" 2>/dev/null; then
    kill "$(cat "$dir/minio.pid")" && echo "stopped MinIO pid $(cat "$dir/minio.pid")"
  fi
  rm -f "$dir/minio.pid"
  exit 0
fi

port=${3:?port required}
mkdir -p "$dir/data" "$dir/mc" "$dir/minio"
export MC_CONFIG_DIR=$dir/mc   # never touch the user's own mc aliases

if ! { [[ -f $dir/minio.pid ]] && kill -0 "$(cat "$dir/minio.pid")" 2>/dev/null; }; then
  MINIO_ROOT_USER=$ROOT_USER MINIO_ROOT_PASSWORD=$ROOT_PASSWORD MINIO_BROWSER=off \
    nohup "$MINIO_BIN" server "$dir/data" --quiet --address "127.0.0.1:$port" \
      --console-address "127.0.0.1:$((port + 1))" >"$dir/minio.log" 2>&1 &
  echo $! >"$dir/minio.pid"
fi
for _ in $(seq 1 50); do
  curl -fs "http://127.0.0.1:$port/minio/health/live" >/dev/null && break
  sleep 0.2
done

"$MC_BIN" alias set dev "http://127.0.0.1:$port" "$ROOT_USER" "$ROOT_PASSWORD" >/dev/null
# Object lock can only be switched on when the bucket is created; it implies versioning.
"$MC_BIN" mb --ignore-existing --with-lock "dev/$BUCKET" >/dev/null
"$MC_BIN" retention set --default GOVERNANCE 1d "dev/$BUCKET" >/dev/null

cat >"$dir/agency-policy.json" <<JSON
{
  "Version": "2012-10-17",
  "Statement": [
    { "Effect": "Allow",
      "Action": ["s3:GetBucketLocation", "s3:ListBucket", "s3:ListBucketVersions",
                 "s3:ListBucketMultipartUploads", "s3:GetBucketVersioning", "s3:PutBucketVersioning",
                 "s3:GetBucketObjectLockConfiguration", "s3:PutBucketObjectLockConfiguration"],
      "Resource": ["arn:aws:s3:::$BUCKET"] },
    { "Effect": "Allow",
      "Action": ["s3:PutObject", "s3:GetObject", "s3:GetObjectVersion",
                 "s3:AbortMultipartUpload", "s3:ListMultipartUploadParts"],
      "Resource": ["arn:aws:s3:::$BUCKET/*"] }
  ]
}
JSON
"$MC_BIN" admin policy create dev evidence-agency "$dir/agency-policy.json" >/dev/null
"$MC_BIN" admin user add dev "$AGENCY_USER" "$AGENCY_SECRET" >/dev/null
"$MC_BIN" admin policy attach dev evidence-agency --user "$AGENCY_USER" >/dev/null 2>&1 || true

# Same layout as network/run: profiles/<agency>.json next to minio/root.env.
mkdir -p "$dir/profiles"
printf 'MINIO_ROOT_USER=%s\nMINIO_ROOT_PASSWORD=%s\n' "$ROOT_USER" "$ROOT_PASSWORD" >"$dir/minio/root.env"
cat >"$dir/profiles/police.json" <<JSON
{
  "agency": "police",
  "displayName": "Police",
  "kind": "POLICE",
  "s3": {
    "endpoint": "http://127.0.0.1:$port",
    "region": "us-east-1",
    "bucket": "$BUCKET",
    "accessKey": "$AGENCY_USER",
    "secretKey": "$AGENCY_SECRET"
  }
}
JSON
echo "MinIO pid $(cat "$dir/minio.pid") on 127.0.0.1:$port; profile $dir/profiles/police.json"
