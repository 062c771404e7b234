-- Alerts benchmark data: 50 organizations of 20 published programs each (1,000 programs open to
-- every sector, 20 of them opened two days ago, the others two months ago), 50,000 approved startups,
-- each with its founder's account and a weekly alert (threshold 40) never sent yet. Uses MariaDB's
-- sequence engine (seq_1_to_N). Run on an empty, migrated database; never on a real one.

SET @today = CURDATE();

INSERT INTO organization (name, slug, kind, country, website, description, verified, demo, moderation_status,
                          created_at, updated_at, version)
SELECT CONCAT('Accélérateur de test ', seq), CONCAT('bench-org-', seq), 'accelerator', 'Mali', NULL,
       'Organisation de test pour les mesures de performance.', TRUE, TRUE, 'approved', NOW(6), NOW(6), 0
FROM seq_1_to_50;

INSERT INTO program (organization_id, title, slug, summary, description, sectors, stages, regions, women_only,
                     min_team_size, requires_incorporation, offers, funding_amount, equity_percent, format, city,
                     languages, opens_at, deadline, starts_at, seats, status, demo, published_at, created_at,
                     updated_at, version)
SELECT o.id, CONCAT('Programme de test ', p.seq), CONCAT('bench-program-', p.seq),
       'Un programme de test : mentorat, financement et accès au marché pour les startups du Mali.',
       CONCAT('Accompagnement des startups ', ELT(1 + p.seq % 4, 'agricoles', 'de paiement mobile', 'de santé', 'éducatives'),
              ' : mentorat, formation, financement et accès au marché.'),
       '', '', '', FALSE, NULL, FALSE, ELT(1 + p.seq % 3, 'funding,mentoring', 'market_access,network', 'training,technical'),
       NULL, NULL, 'hybrid', 'Bamako', 'fr',
       IF(p.seq <= 20, @today - INTERVAL 2 DAY, @today - INTERVAL 60 DAY), @today + INTERVAL 30 DAY, NULL, 20,
       'published', TRUE, NOW(6), NOW(6), NOW(6), 0
FROM seq_1_to_1000 p JOIN organization o ON o.slug = CONCAT('bench-org-', 1 + (p.seq - 1) DIV 20);

INSERT INTO startup (name, slug, tagline, description, sectors, stage, region, city, founded_year, team_size,
                     women_led, youth_led, incorporated, revenue_band, funding_band, needs, languages, visibility,
                     moderation_status, demo, created_at, updated_at, approved_at, version)
SELECT CONCAT('Startup de test ', seq), CONCAT('bench-startup-', seq), CONCAT('Une startup de test numéro ', seq),
       CONCAT('Transformation ', ELT(1 + seq % 5, 'des mangues', 'du karité', 'des céréales', 'du lait', 'du coton'),
              ', paiement mobile et services numériques pour les familles et les commerçants du Mali.'),
       ELT(1 + seq % 14, 'agritech', 'fintech', 'healthtech', 'edtech', 'cleantech', 'ecommerce', 'logistics',
           'govtech', 'media', 'tourism', 'crafts', 'water', 'ict', 'other'),
       ELT(1 + seq % 5, 'idea', 'prototype', 'mvp', 'revenue', 'growth'),
       ELT(1 + seq % 21, 'bamako', 'kayes', 'koulikoro', 'sikasso', 'segou', 'mopti', 'tombouctou', 'gao', 'kidal',
           'taoudenit', 'menaka', 'nioro', 'kita', 'dioila', 'nara', 'bougouni', 'koutiala', 'san', 'douentza',
           'bandiagara', 'diaspora'),
       NULL, 2015 + seq % 11, 1 + seq % 30, seq % 3 = 0, seq % 2 = 0, seq % 4 <> 0, 'lt_1m', 'none',
       ELT(1 + seq % 3, 'funding,mentoring', 'market_access,network', 'training,technical'), 'fr', 'visible', 'approved',
       TRUE, NOW(6), NOW(6), NOW(6), 0
FROM seq_1_to_50000;

INSERT INTO account (keycloak_subject, username, email, display_name, locale, status, created_at, last_seen_at, version)
SELECT CONCAT('bench-founder-', seq), CONCAT('bench.founder', seq), CONCAT('bench.founder', seq, '@example.org'),
       CONCAT('Fondatrice de test ', seq), IF(seq % 5 = 0, 'en', 'fr'), 'active', NOW(6), NOW(6), 0
FROM seq_1_to_50000;

INSERT INTO startup_owner (startup_id, account_id, since)
SELECT s.id, a.id, NOW(6) FROM startup s JOIN account a ON a.keycloak_subject = CONCAT('bench-founder-', SUBSTRING(s.slug, 15))
WHERE s.slug LIKE 'bench-startup-%';

INSERT INTO alert_subscription (account_id, startup_id, weekly, threshold, deadlines, weekly_sent_at, created_at,
                                updated_at, version)
SELECT o.account_id, o.startup_id, TRUE, 40, FALSE, NULL, NOW(6), NOW(6), 0 FROM startup_owner o;
