#!/usr/bin/env bash
# Drømmeklassen sync server: set up CouchDB through its HTTP API with curl, nothing else.
# DESIGN, NOT YET BUILT: the app cannot use these databases yet (docs/sync.md, docs/server.md).
#
#   ./setup.sh init                          system databases and the pairing database (run once)
#   ./setup.sh add-class [TABLETS] [SCREENS] [TEACHERS]
#                                            a class: its databases, device users and _security;
#                                            prints the class connection file for the teacher
#                                            (TEACHERS: teacher computers the class can have, 2)
#   ./setup.sh list-classes                  class sync ids on this server (no names: there are none)
#   ./setup.sh renew-slots SYNC_ID           new passwords for a class's device slots not in use (a
#                                            slot the app retired, or a free one); prints the file of
#                                            new passwords for the teacher (never touches a device in use)
#   ./setup.sh remove-device USER            deletes one device user (the app has already removed it
#                                            from the class's databases and rotated the key)
#   ./setup.sh remove-class SYNC_ID          deletes a class's databases and device users
#
# Reads .env next to this file (COUCHDB_USER, COUCHDB_PASSWORD, DK_COUCH_PORT) and, for the connection
# file, DK_PUBLIC_URL: the https address of the proxy in front of CouchDB (e.g. https://dk-sync.kommune.no).
# Talks to http://127.0.0.1:$DK_COUCH_PORT only. The server never learns a class name, a pupil's name or
# any text: every document the app writes is encrypted on the device (docs/sync.md).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [[ -f "$here/.env" ]]; then
  set -a
  # shellcheck disable=SC1091
  . "$here/.env"
  set +a
fi
: "${COUCHDB_USER:?set COUCHDB_USER in server/.env}"
: "${COUCHDB_PASSWORD:?set COUCHDB_PASSWORD in server/.env}"
COUCH="http://127.0.0.1:${DK_COUCH_PORT:-5984}"

# Document that lets only the database's admins (teacher devices) write: roster, shown and main.
TEACHERS_ONLY='function (newDoc, oldDoc, userCtx, secObj) {
  if (userCtx.roles.indexOf("_admin") !== -1) return;
  var a = secObj.admins || {};
  if ((a.names || []).indexOf(userCtx.name) !== -1) return;
  throw({ forbidden: "read-only for this device" });
}'
# Inbox: the pupil device may only add new documents; teacher devices may also delete (after taking them).
APPEND_ONLY='function (newDoc, oldDoc, userCtx, secObj) {
  if (userCtx.roles.indexOf("_admin") !== -1) return;
  var a = secObj.admins || {};
  if ((a.names || []).indexOf(userCtx.name) !== -1) return;
  if (oldDoc || newDoc._deleted) throw({ forbidden: "submissions cannot be changed or deleted" });
}'
# Pairing: only teacher devices write; the public pairing user reads. Small documents only.
PAIRING='function (newDoc, oldDoc, userCtx, secObj) {
  if (userCtx.roles.indexOf("_admin") !== -1) return;
  if (userCtx.roles.indexOf("dk-teacher") === -1) throw({ forbidden: "read-only" });
  if (!newDoc._deleted && JSON.stringify(newDoc).length > 8192) throw({ forbidden: "too large" });
}'
# The pairing user's password is NOT a secret: it is built into the app. It only gets a device past
# require_valid_user to read encrypted pairing documents (docs/sync.md, "Pairing").
PAIRING_USER=dk-pairing
PAIRING_PASSWORD=dk-pairing-not-a-secret

die() { echo "setup.sh: $*" >&2; exit 1; }

# request METHOD PATH [JSON] -> prints the body; fails on a status other than 2xx or an allowed one.
request() {
  local method=$1 path=$2 body=${3:-} allow=${ALLOW:-} out code
  out="$(mktemp)"
  if [[ -n "$body" ]]; then
    code="$(curl -sS -o "$out" -w '%{http_code}' -u "$COUCHDB_USER:$COUCHDB_PASSWORD" -X "$method" \
      -H 'Content-Type: application/json' --data-binary "$body" "$COUCH$path")" || { rm -f "$out"; die "no answer from $COUCH (is the container running?)"; }
  else
    code="$(curl -sS -o "$out" -w '%{http_code}' -u "$COUCHDB_USER:$COUCHDB_PASSWORD" -X "$method" \
      "$COUCH$path")" || { rm -f "$out"; die "no answer from $COUCH (is the container running?)"; }
  fi
  if [[ "$code" != 2* && " $allow " != *" $code "* ]]; then
    echo "setup.sh: $method $path -> HTTP $code: $(cat "$out")" >&2
    rm -f "$out"
    exit 1
  fi
  cat "$out"
  rm -f "$out"
}

# JSON string of a design document holding one validate_doc_update function.
design_doc() {
  local fn=$1
  # Escape backslashes and quotes, then join lines with \n.
  fn="${fn//\\/\\\\}"
  fn="${fn//\"/\\\"}"
  fn="$(printf '%s' "$fn" | awk 'BEGIN{ORS=""} NR>1{print "\\n"} {print}')"
  printf '{"_id":"_design/dk","validate_doc_update":"%s"}' "$fn"
}

random_hex() { od -An -N"$1" -tx1 /dev/urandom | tr -d ' \n'; }
# 32 characters from [A-Za-z0-9_-]: 192 bits.
random_password() { head -c 24 /dev/urandom | base64 | tr '+/' '-_' | tr -d '\n='; }

json_names() { # json_names a b c -> ["a","b","c"]
  local out="" n
  for n in "$@"; do out+="${out:+,}\"$n\""; done
  printf '[%s]' "$out"
}

wait_up() {
  local i
  for i in $(seq 1 60); do
    # GET / rather than /_up: the test server (express-pouchdb) has no /_up.
    if curl -fsS -o /dev/null -u "$COUCHDB_USER:$COUCHDB_PASSWORD" "$COUCH/"; then return 0; fi
    sleep 1
  done
  die "CouchDB did not answer on $COUCH/ within 60 s"
}

create_db() { ALLOW=412 request PUT "/$1" >/dev/null; }

set_security() { # set_security DB ADMINS_JSON MEMBERS_JSON
  request PUT "/$1/_security" "{\"admins\":{\"names\":$2,\"roles\":[]},\"members\":{\"names\":$3,\"roles\":[]}}" >/dev/null
}

put_design() { # put_design DB FUNCTION (replaces an older version)
  local db=$1 doc rev
  doc="$(design_doc "$2")"
  rev="$(ALLOW=404 request GET "/$db/_design/dk" | sed -n 's/.*"_rev":"\([^"]*\)".*/\1/p')"
  if [[ -n "$rev" ]]; then doc="${doc%\}},\"_rev\":\"$rev\"}"; fi
  request PUT "/$db/_design/dk" "$doc" >/dev/null
}

create_user() { # create_user NAME PASSWORD ROLES_JSON
  ALLOW=409 request PUT "/_users/org.couchdb.user:$1" \
    "{\"_id\":\"org.couchdb.user:$1\",\"name\":\"$1\",\"password\":\"$2\",\"roles\":$3,\"type\":\"user\"}" >/dev/null
}

delete_user() {
  local name=$1 rev
  rev="$(ALLOW=404 request GET "/_users/org.couchdb.user:$name" | sed -n 's/.*"_rev":"\([^"]*\)".*/\1/p')"
  [[ -z "$rev" ]] && { echo "no user $name"; return 0; }
  request DELETE "/_users/org.couchdb.user:$name?rev=$rev" >/dev/null
  echo "deleted user $name"
}

cmd_init() {
  wait_up
  local db
  for db in _users _replicator _global_changes; do create_db "$db"; done
  create_db dk-pairing
  # Members by role: every teacher device (role dk-teacher) and the public pairing user (role dk-pair).
  request PUT "/dk-pairing/_security" '{"admins":{"names":[],"roles":[]},"members":{"names":[],"roles":["dk-teacher","dk-pair"]}}' >/dev/null
  put_design dk-pairing "$PAIRING"
  create_user "$PAIRING_USER" "$PAIRING_PASSWORD" '["dk-pair"]'
  echo "ready: _users, _replicator, _global_changes, dk-pairing"
}

# A class: TEACHERS teacher slots (2: the teacher and a co-teacher), SCREENS classroom screens, TABLETS
# pupil tablets.
cmd_add_class() {
  local tablets=${1:-6} screens=${2:-1} nteachers=${3:-2}
  [[ "$tablets" =~ ^[0-9]+$ && "$tablets" -le 40 ]] || die "TABLETS must be 0-40"
  [[ "$screens" =~ ^[0-9]+$ && "$screens" -ge 0 && "$screens" -le 4 ]] || die "SCREENS must be 0-4"
  [[ "$nteachers" =~ ^[0-9]+$ && "$nteachers" -ge 1 && "$nteachers" -le 6 ]] || die "TEACHERS must be 1-6"
  : "${DK_PUBLIC_URL:?set DK_PUBLIC_URL in server/.env (the https address of your proxy)}"
  wait_up
  local sid p teachers=() screen_users=() tablet_users=() slots="" u pw
  sid="$(random_hex 8)"
  p="dk-$sid"
  for ((i = 1; i <= nteachers; i++)); do teachers+=("$p-t$i"); done
  for ((i = 1; i <= screens; i++)); do screen_users+=("$p-s$i"); done
  for ((i = 1; i <= tablets; i++)); do tablet_users+=("$p-p$i"); done

  for u in "${teachers[@]}"; do
    pw="$(random_password)"; create_user "$u" "$pw" '["dk-teacher"]'
    slots+="${slots:+,}{\"user\":\"$u\",\"role\":\"teacher\",\"password\":\"$pw\"}"
  done
  for u in "${screen_users[@]}"; do
    pw="$(random_password)"; create_user "$u" "$pw" '["dk-device"]'
    slots+="${slots:+,}{\"user\":\"$u\",\"role\":\"screen\",\"password\":\"$pw\"}"
  done
  for u in "${tablet_users[@]}"; do
    pw="$(random_password)"; create_user "$u" "$pw" '["dk-device"]'
    slots+="${slots:+,}{\"user\":\"$u\",\"role\":\"tablet\",\"password\":\"$pw\"}"
  done

  # Membership starts with the teacher slots only: the teacher's app adds a device's name to members
  # when it pairs that device, and takes it out again when the device is removed (docs/sync.md).
  local admins
  admins="$(json_names "${teachers[@]}")"
  # devices: each device's encrypted `hello` (label, role, when it joined and was last seen), read and
  # written by teacher devices only; not replicated to a device (docs/sync.md §6.2, §7).
  for db in main roster shown devices; do
    create_db "$p-$db"
    set_security "$p-$db" "$admins" "$admins"
    put_design "$p-$db" "$TEACHERS_ONLY"
  done
  for u in "${screen_users[@]}" "${tablet_users[@]}"; do
    create_db "$p-in-${u##*-}"
    set_security "$p-in-${u##*-}" "$admins" "$admins"
    put_design "$p-in-${u##*-}" "$APPEND_ONLY"
  done

  local file="$here/connection-$sid.json"
  umask 077
  printf '{"format":"drommeklassen-sync-connection","formatVersion":1,"server":"%s","syncId":"%s","slots":[%s]}\n' \
    "$DK_PUBLIC_URL" "$sid" "$slots" >"$file"
  echo "class $sid: databases $p-main, $p-roster, $p-shown, $p-devices and $((tablets + screens)) inboxes"
  echo "connection file: $file"
  echo "Give it to the class's teacher on a USB stick or the school's file share, then delete it here."
  echo "It lets a device log in, but reads only ciphertext: the class key never leaves the teacher's devices."
}

cmd_list_classes() {
  request GET /_all_dbs | tr ',' '\n' | sed -n 's/.*"dk-\([0-9a-f]\{16\}\)-main".*/\1/p'
}

# The device users of a class (dk-SID-t1, -s1, -p1 …), one a line.
class_users() {
  request GET "/_users/_all_docs?startkey=%22org.couchdb.user:dk-$1-%22&endkey=%22org.couchdb.user:dk-$1-~%22" |
    grep -o '"id":"org\.couchdb\.user:[^"]*"' | sed 's/.*user://; s/"$//' | grep -E "^dk-$1-[tsp][0-9]+$" || true
}

# New passwords for the slots of a class that no device uses: a user named in no class database's
# _security (admins or members). The app takes a slot out of every _security when it removes a device,
# and retires the slot when it cannot change its password itself; a code that is out puts the slot back
# in first, so a slot with a code out or a device in it is never touched here.
cmd_renew_slots() {
  local sid=${1:?usage: setup.sh renew-slots SYNC_ID}
  [[ "$sid" =~ ^[0-9a-f]{16}$ ]] || die "a sync id is 16 hex digits (./setup.sh list-classes)"
  : "${DK_PUBLIC_URL:?set DK_PUBLIC_URL in server/.env (the https address of your proxy)}"
  wait_up
  local dbs db users user in_use="" slots="" n=0 pw doc rev roles role kind
  local file="$here/connection-$sid-renewed.json"
  dbs="$(request GET /_all_dbs | grep -o "\"dk-$sid-[a-z0-9-]*\"" | tr -d '"')" || true
  [[ " $(printf '%s ' $dbs)" == *" dk-$sid-main "* ]] || die "no class $sid on this server (./setup.sh list-classes)"
  for db in $dbs; do
    in_use+=" $(request GET "/$db/_security" | grep -o "\"dk-$sid-[tsp][0-9]*\"" | tr -d '"' | tr '\n' ' ')"
  done
  users="$(class_users "$sid")"
  for user in $users; do
    [[ " $in_use " == *" $user "* ]] && continue
    doc="$(request GET "/_users/org.couchdb.user:$user")"
    rev="$(printf '%s' "$doc" | sed -n 's/.*"_rev":"\([^"]*\)".*/\1/p')"
    roles="$(printf '%s' "$doc" | sed -n 's/.*"roles":\(\[[^]]*\]\).*/\1/p')"
    kind="${user##*-}"
    case "${kind:0:1}" in t) role=teacher ;; s) role=screen ;; *) role=tablet ;; esac
    pw="$(random_password)"
    request PUT "/_users/org.couchdb.user:$user" \
      "{\"_id\":\"org.couchdb.user:$user\",\"_rev\":\"$rev\",\"name\":\"$user\",\"password\":\"$pw\",\"roles\":${roles:-[]},\"type\":\"user\"}" >/dev/null
    slots+="${slots:+,}{\"user\":\"$user\",\"role\":\"$role\",\"password\":\"$pw\"}"
    n=$((n + 1))
    # Written again after each change, so a failure half-way still leaves every changed password in it.
    (
      umask 077
      printf '{"format":"drommeklassen-sync-connection","formatVersion":1,"renewed":true,"server":"%s","syncId":"%s","slots":[%s]}\n' \
        "$DK_PUBLIC_URL" "$sid" "$slots" >"$file"
    )
    echo "new password: $user"
  done
  if [[ $n -eq 0 ]]; then
    echo "class $sid: every slot is in use (or has a code out); no password changed, no file written."
    return 0
  fi
  echo "class $sid: $n slots have new passwords; the devices in use keep theirs."
  echo "file with the new passwords: $file"
  echo "Give it to the class's teacher (USB stick or the school's file share), then delete it here."
  echo "The teacher opens Innstillinger -> Deling mellom maskiner on a teacher computer of the class and"
  echo "chooses the file under «Legg inn nye passord fra IT-avdelingen». Until then these slots cannot"
  echo "be given to a new device. It does not connect a class: it only renews slots of one already connected."
}

cmd_remove_device() {
  local user=${1:?usage: setup.sh remove-device USER}
  [[ "$user" =~ ^dk-[0-9a-f]{16}-(t|s|p)[0-9]+$ ]] || die "not a device user: $user"
  delete_user "$user"
}

cmd_remove_class() {
  local sid=${1:?usage: setup.sh remove-class SYNC_ID}
  [[ "$sid" =~ ^[0-9a-f]{16}$ ]] || die "a sync id is 16 hex digits (./setup.sh list-classes)"
  local db user dbs users
  dbs="$(request GET /_all_dbs | grep -o "\"dk-$sid-[a-z0-9-]*\"" | tr -d '"')" || true
  users="$(request GET "/_users/_all_docs?startkey=%22org.couchdb.user:dk-$sid-%22&endkey=%22org.couchdb.user:dk-$sid-~%22" |
    grep -o '"id":"org\.couchdb\.user:[^"]*"' | sed 's/.*user://; s/"$//')" || true
  [[ -n "$dbs$users" ]] || die "no class $sid on this server"
  for db in $dbs; do
    request DELETE "/$db" >/dev/null
    echo "deleted database $db"
  done
  for user in $users; do delete_user "$user"; done
}

case "${1:-}" in
  init) cmd_init ;;
  add-class) shift; cmd_add_class "$@" ;;
  list-classes) cmd_list_classes ;;
  renew-slots) shift; cmd_renew_slots "$@" ;;
  remove-device) shift; cmd_remove_device "$@" ;;
  remove-class) shift; cmd_remove_class "$@" ;;
  *) sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
