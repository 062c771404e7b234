-- Moderation benchmark data: 300 items waiting for AGETIC — 100 startups, 100 organizations and 100
-- programs pending — a third of them edited after an earlier approval (a snapshot to compare), and
-- some sharing a name, phone or website with another profile (possible duplicates to flag).
-- Uses MariaDB's sequence engine. Run on an empty, migrated database; never on a real one.

SET @today = CURDATE();

INSERT INTO account (keycloak_subject, username, email, display_name, locale, status, created_at, last_seen_at, version)
VALUES ('00000000-0000-4000-8000-000000000005', 'admin.agetic', 'admin@demo.jigi.ml', 'Fatoumata Diallo', 'fr',
        'active', NOW(6), NOW(6), 0);

INSERT INTO startup (name, slug, tagline, description, sectors, stage, region, city, founded_year, team_size,
                     women_led, youth_led, incorporated, revenue_band, funding_band, needs, languages, website, phone,
                     visibility, moderation_status, demo, created_at, updated_at, approved_snapshot, version)
SELECT CONCAT('Startup en attente ', seq % 80), CONCAT('bench-pending-startup-', seq),
       CONCAT('Une startup en attente numéro ', seq), 'Transformation et services numériques pour le Mali.',
       'agritech', 'mvp', 'bamako', NULL, 2020, 3, FALSE, FALSE, TRUE, 'none', 'none', 'funding', 'fr',
       CONCAT('https://startup-', seq % 90, '.example.ml'), CONCAT('+223 70 00 ', LPAD(seq % 95, 2, '0'), ' 00'),
       'visible', 'pending', TRUE, NOW(6) - INTERVAL seq MINUTE, NOW(6) - INTERVAL seq MINUTE,
       IF(seq % 3 = 0, '{"name":"Ancien nom","tagline":"Ancienne accroche"}', NULL), 0
FROM seq_1_to_100;

INSERT INTO organization (name, slug, kind, country, website, description, verified, demo, moderation_status,
                          created_at, updated_at, approved_snapshot, version)
SELECT CONCAT('Organisation en attente ', seq % 85), CONCAT('bench-pending-org-', seq), 'accelerator', 'Mali',
       CONCAT('https://org-', seq % 90, '.example.ml'), 'Une organisation en attente de validation.', FALSE, TRUE,
       'pending', NOW(6) - INTERVAL seq MINUTE, NOW(6) - INTERVAL seq MINUTE,
       IF(seq % 3 = 0, '{"name":"Ancien nom"}', NULL), 0
FROM seq_1_to_100;

INSERT INTO organization (name, slug, kind, country, website, description, verified, demo, moderation_status,
                          created_at, updated_at, version)
VALUES ('Organisation validée', 'bench-approved-org', 'accelerator', 'Mali', NULL, 'Organisation validée.', TRUE, TRUE,
        'approved', NOW(6), NOW(6), 0);
SET @org = LAST_INSERT_ID();

INSERT INTO program (organization_id, title, slug, summary, description, sectors, stages, regions, women_only,
                     min_team_size, requires_incorporation, offers, funding_amount, equity_percent, format, city,
                     languages, opens_at, deadline, starts_at, seats, status, demo, submitted_at, created_at,
                     updated_at, approved_snapshot, version)
SELECT @org, CONCAT('Programme en attente ', seq), CONCAT('bench-pending-program-', seq), 'Un programme en attente.',
       'Description du programme en attente de publication.', '', '', '', FALSE, NULL, FALSE, 'funding', NULL, NULL,
       'hybrid', 'Bamako', 'fr', @today, @today + INTERVAL 30 DAY, NULL, 10, 'pending', TRUE,
       NOW(6) - INTERVAL seq MINUTE, NOW(6), NOW(6), IF(seq % 3 = 0, '{"title":"Ancien titre"}', NULL), 0
FROM seq_1_to_100;
