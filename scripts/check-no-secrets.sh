#!/bin/bash
# Usage: scripts/check-no-secrets.sh [BUILD_DIR]
# Runs qlik-task with each secret-bearing sign-in against qrs-sim and looks for the secrets
# in everything written: stdout, stderr (human and --json), the config directory.
set -u
cd "$(dirname "$0")/.."; R=$PWD; B=$R/${1:-build}; A=$B/tests/auth; W=$(mktemp -d); export XDG_CONFIG_HOME=$W/config; mkdir -p $XDG_CONFIG_HOME
PW='s3cret wörd'; TOKEN=$(cat $A/token.jwt); PFXPW=$(cat $A/pfx-password.txt)
$B/bin/qrs-sim --port 18701 --scenario $R/tests/data/scenarios/fast.json --auth windows --windows-account 'ACME\tester' --windows-password "$PW" --prefix "" > $W/sim1.log 2>&1 &
$B/bin/qrs-sim --port 18702 --scenario $R/tests/data/scenarios/fast.json --auth jwt --jwt-cert $A/jwt.pem --prefix jwt > $W/sim2.log 2>&1 &
$B/bin/qrs-sim --port 18703 --scenario $R/tests/data/scenarios/fast.json --auth certificate --client-ca $R/tests/data/tls/ca.pem --tls-cert $R/tests/data/tls/server.pem --tls-key $R/tests/data/tls/server-key.pem > $W/sim3.log 2>&1 &
sleep 1
for json in "" "--json"; do
  QLIK_PASSWORD="$PW" $B/bin/qlik-task --auth windows --server http://127.0.0.1:18701 --user 'ACME\tester' --task 'Fast Fail' --poll-interval 0.2 $json >> $W/out 2>> $W/err; echo "windows $json exit $?"
  QLIK_PASSWORD="wrong $PW" $B/bin/qlik-task --auth windows --server http://127.0.0.1:18701 --user 'ACME\tester' --task 'Fast Fail' $json >> $W/out 2>> $W/err; echo "windows wrong $json exit $?"
  QLIK_JWT="$TOKEN" $B/bin/qlik-task --auth jwt --server http://127.0.0.1:18702 --virtual-proxy jwt --task 'Fast Fail' --poll-interval 0.2 $json >> $W/out 2>> $W/err; echo "jwt $json exit $?"
  QLIK_JWT="$(cat $A/expired.jwt)" $B/bin/qlik-task --auth jwt --server http://127.0.0.1:18702 --virtual-proxy jwt --task 'Fast Fail' $json >> $W/out 2>> $W/err; echo "jwt expired $json exit $?"
  QLIK_PFX_PASSWORD="$PFXPW" $B/bin/qlik-task --auth certificate --server https://127.0.0.1:18703 --ca-cert $R/tests/data/tls/ca.pem --client-cert $A/client.pfx --user-directory ACME --user tester --task 'Fast Fail' --poll-interval 0.2 $json >> $W/out 2>> $W/err; echo "certificate $json exit $?"
  QLIK_PFX_PASSWORD="x$PFXPW" $B/bin/qlik-task --auth certificate --server https://127.0.0.1:18703 --ca-cert $R/tests/data/tls/ca.pem --client-cert $A/client.pfx --user-directory ACME --user tester --task 'Fast Fail' $json >> $W/out 2>> $W/err; echo "certificate wrong $json exit $?"
done
kill %1 %2 %3
echo "bytes written: $(cat $W/out $W/err | wc -c); lines: $(cat $W/out $W/err | wc -l)"
found=0
for s in "$PW" "$TOKEN" "$(cat $A/expired.jwt)" "$PFXPW"; do
  n=$(grep -rF -c -- "$s" $W/out $W/err $XDG_CONFIG_HOME 2>/dev/null | awk -F: '{s+=$2} END {print s+0}')
  echo "occurrences of a secret (${#s} chars): $n"
  found=$((found + n))
done
rm -rf "$W"
[ "$found" -eq 0 ]
