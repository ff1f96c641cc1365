#!/bin/sh
# Makes the sign-in test material in OUT_DIR (run by the build; nothing here is committed):
# client certificates for the repository's port 4242, a PFX with a password, a JWT signing pair
# and tokens. The client certificate is signed by the committed test CA (tests/data/tls/ca.pem),
# as Qlik's root signs both the server and the client certificate.
set -eu
OUT_DIR=$1
TLS_DIR=$(cd "$(dirname "$0")/../tls" && pwd)
mkdir -p "$OUT_DIR"
cd "$OUT_DIR"
DAYS=36500
PFX_PASSWORD='pfx pass: ü'
quiet() { "$@" > /dev/null 2>&1 || { echo "failed: $*" >&2; "$@"; exit 1; }; }

# client.pem + client_key.pem: what the QMC's PEM export gives a tool.
make_client() { # base-name ca-cert ca-key
    quiet openssl req -newkey rsa:2048 -nodes -sha256 -keyout "$1_key.pem" -out "$1.csr" \
        -subj "/CN=QlikClient"
    printf 'basicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=clientAuth\n' > "$1.ext"
    quiet openssl x509 -req -in "$1.csr" -CA "$2" -CAkey "$3" -CAcreateserial -CAserial "$1.srl" \
        -sha256 -days $DAYS -extfile "$1.ext" -out "$1.pem"
    rm -f "$1.csr" "$1.ext" "$1.srl"
}
make_client client "$TLS_DIR/ca.pem" "$TLS_DIR/ca-key.pem"

# other-client: the same, signed by a CA the server does not know.
quiet openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days $DAYS -keyout other-ca-key.pem \
    -out other-ca.pem -subj "/CN=Some Other CA" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign"
make_client other-client other-ca.pem other-ca-key.pem

# client.pfx: certificate and key in one file with a password (OpenSSL 3 defaults, AES-256);
# client-legacy.pfx: the RC2/3DES form Windows tools write.
printf '%s' "$PFX_PASSWORD" > pfx-password.txt
quiet openssl pkcs12 -export -in client.pem -inkey client_key.pem -out client.pfx \
    -passout file:pfx-password.txt
quiet openssl pkcs12 -export -legacy -in client.pem -inkey client_key.pem \
    -out client-legacy.pfx -passout file:pfx-password.txt || rm -f client-legacy.pfx

# JWT: the pair whose certificate is pasted into the JWT virtual proxy, and tokens. The material
# is made once per build tree: only tokens far from their expiry (either way) stay what they are. The material
# is made once per build tree: only tokens far from their expiry (either way) stay what they are.
quiet openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days $DAYS -keyout jwt_key.pem \
    -out jwt.pem -subj "/CN=QTR JWT signer"
quiet openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out other-jwt_key.pem
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
make_token() { # file key exp
    header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
    payload=$(printf '{"userId":"tester","userDirectory":"ACME","name":"Test User","exp":%s}' "$3" | b64url)
    signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$2" -binary | b64url)
    printf '%s.%s.%s\n' "$header" "$payload" "$signature" > "$1"
}
now=$(date +%s)
make_token token.jwt jwt_key.pem $((now + 10 * 365 * 24 * 3600))
make_token expired.jwt jwt_key.pem $((now - 3600))
make_token wrongly-signed.jwt other-jwt_key.pem $((now + 10 * 365 * 24 * 3600))
rm -f other-jwt_key.pem other-ca-key.pem
touch stamp
