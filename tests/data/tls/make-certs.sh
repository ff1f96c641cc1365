#!/bin/sh
# Regenerates the TLS test material (run once; the results are committed).
set -eu
cd "$(dirname "$0")"
DAYS=36500
openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days $DAYS \
    -keyout ca-key.pem -out ca.pem -subj "/CN=QTR Test CA" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign"
make_server() { # name san
    openssl req -newkey rsa:2048 -nodes -sha256 -keyout "$1-key.pem" -out "$1.csr" -subj "/CN=$3"
    printf 'basicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\nsubjectAltName=%s\n' "$2" > "$1.ext"
    openssl x509 -req -in "$1.csr" -CA ca.pem -CAkey ca-key.pem -CAcreateserial -sha256 \
        -days $DAYS -extfile "$1.ext" -out "$1.pem"
    rm -f "$1.csr" "$1.ext"
}
make_server server "DNS:localhost,IP:127.0.0.1" localhost
make_server wrong-host "DNS:wrong.example" wrong.example
rm -f ca.srl
