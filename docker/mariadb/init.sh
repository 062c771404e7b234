#!/bin/sh
# First start of the production-like stack: one server, the app's database (MARIADB_DATABASE, its
# user MARIADB_USER has rights on it only) and Keycloak's, with a user of its own.
set -eu
mariadb -uroot -p"$MARIADB_ROOT_PASSWORD" <<SQL
CREATE DATABASE IF NOT EXISTS keycloak CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'keycloak'@'%' IDENTIFIED BY '${KC_DB_PASSWORD}';
GRANT ALL PRIVILEGES ON keycloak.* TO 'keycloak'@'%';
SQL
