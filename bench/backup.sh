#!/usr/bin/env bash
# Backup and restore at the size of a well-filled Jigi: the catalog benchmark's 10,000 startups and
# 1,000 programs (bench/seed-backup.sql is bench/seed-catalog.sql), each startup with a 16 KB logo of
# random bytes (files are rows, and do not compress). Times `bin/jigi backup` while the app runs,
# then `bin/jigi restore` of that dump, and checks the counts came back. Run through
# `bin/jigi bench backup` (docs/operations.md, "Backups").
set -euo pipefail
: "${DB_SOCKET:?run me through bin/jigi bench backup}"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DIR=$(dirname "$DB_SOCKET")
q() { mariadb --no-defaults --socket="$DB_SOCKET" -uroot jigi -N -e "$1"; }

echo "Adding a 16 KB logo to each startup…"
q "INSERT INTO stored_file (content_type, filename, size, sha256, data, created_at)
   SELECT 'image/png', CONCAT('logo-', s.id, '.png'), 16384, '', CONCAT(
     RANDOM_BYTES(1024), RANDOM_BYTES(1024), RANDOM_BYTES(1024), RANDOM_BYTES(1024), RANDOM_BYTES(1024),
     RANDOM_BYTES(1024), RANDOM_BYTES(1024), RANDOM_BYTES(1024), RANDOM_BYTES(1024), RANDOM_BYTES(1024),
     RANDOM_BYTES(1024), RANDOM_BYTES(1024), RANDOM_BYTES(1024), RANDOM_BYTES(1024), RANDOM_BYTES(1024),
     RANDOM_BYTES(1024)), NOW(6) FROM startup s;
   UPDATE stored_file SET sha256 = SHA2(data, 256) WHERE sha256 = '';
   UPDATE startup s JOIN stored_file f ON f.filename = CONCAT('logo-', s.id, '.png') SET s.logo_file_id = f.id;"
counts() { q "SELECT (SELECT COUNT(*) FROM startup), (SELECT COUNT(*) FROM program), (SELECT COUNT(*) FROM stored_file),
              (SELECT ROUND(SUM(LENGTH(data)) / 1048576) FROM stored_file)"; }
before=$(counts)
read -r startups programs files mb <<<"$before"
echo "Data: $startups startups, $programs programs, $files files ($mb MB of files)"

start=$(date +%s.%N)
JIGI_DB_DIR="$DIR" JIGI_BACKUP_DIR="$WORK" "$ROOT/bin/jigi" backup "$WORK/jigi.sql.gz" >/dev/null
end=$(date +%s.%N)
printf 'bin/jigi backup (the app running): %.1f s, %s\n' "$(awk "BEGIN { print $end - $start }")" "$(du -h "$WORK/jigi.sql.gz" | cut -f1)"

start=$(date +%s.%N)
JIGI_DB_DIR="$DIR" JIGI_BACKUP_DIR="$WORK" "$ROOT/bin/jigi" restore "$WORK/jigi.sql.gz" >/dev/null
end=$(date +%s.%N)
printf 'bin/jigi restore (with its safety dump of the data it replaces first): %.1f s\n' "$(awk "BEGIN { print $end - $start }")"
after=$(counts)
[ "$after" = "$before" ] || { echo "The restored data differs: $before, then $after" >&2; exit 1; }
echo "Counts after the restore: as before."
