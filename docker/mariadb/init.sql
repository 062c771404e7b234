-- First start of the production-like stack: one server, one database for the app, one for Keycloak.
CREATE DATABASE IF NOT EXISTS keycloak CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
GRANT ALL PRIVILEGES ON keycloak.* TO 'jigi'@'%';
