#!/bin/sh
# Makes the Ed25519 key pair that signs (config) and verifies (every service) SISA's tokens,
# in deploy/secrets/ (git-ignored), readable by the containers' user (uid 1000) only.
set -eu
dir="$(dirname "$0")/secrets"
mkdir -p "$dir"
if [ -e "$dir/jwt-ed25519.pem" ]; then
  echo "$dir/jwt-ed25519.pem esiste già: non lo sostituisco" >&2
  exit 1
fi
openssl genpkey -algorithm ed25519 -out "$dir/jwt-ed25519.pem"
openssl pkey -in "$dir/jwt-ed25519.pem" -pubout -out "$dir/jwt-ed25519.pub.pem"
chmod 600 "$dir/jwt-ed25519.pem"
chmod 644 "$dir/jwt-ed25519.pub.pem"
echo "Chiavi dei token in $dir (per Docker Compose: chown 1000 $dir/jwt-ed25519.pem)"
