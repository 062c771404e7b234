-- Matching benchmark data: 50 organizations, 1,000 programs all open today, 100,000 approved
-- startups (5 % hidden), the demo founder awa.traore with two startups and the demo manager
-- ibrahim.maiga in the first organization. Uses MariaDB's sequence engine (seq_1_to_N). Run on an
-- empty, migrated database; never on a real one.

SET @today = CURDATE();

INSERT INTO organization (name, slug, kind, country, website, description, verified, demo, moderation_status,
                          created_at, updated_at, version)
SELECT CONCAT('Organisation de test ', seq), CONCAT('bench-org-', seq),
       ELT(1 + seq % 6, 'accelerator', 'incubator', 'corporate', 'investor', 'public_agency', 'ngo'),
       'Mali', NULL, CONCAT('Organisation de test numéro ', seq, ' pour les mesures de performance.'),
       seq % 3 = 0, TRUE, 'approved', NOW(6), NOW(6), 0
FROM seq_1_to_50;

INSERT INTO program (organization_id, title, slug, summary, description, sectors, stages, regions, women_only,
                     min_team_size, requires_incorporation, offers, funding_amount, equity_percent, format, city,
                     languages, opens_at, deadline, starts_at, seats, status, demo, published_at, created_at,
                     updated_at, version)
SELECT (SELECT MIN(id) FROM organization WHERE slug LIKE 'bench-org-%') + seq % 50,
       CONCAT(ELT(1 + seq % 8, 'Accélérateur', 'Incubation', 'Programme', 'Défi', 'Bootcamp', 'Cohorte', 'Fonds', 'Sprint'),
              ' ', ELT(1 + seq % 10, 'agricole', 'de la fintech', 'santé', 'éducation', 'énergie solaire',
                                    'commerce en ligne', 'logistique', 'de la société civile', 'numérique', 'artisanat'),
              ' ', seq),
       CONCAT('bench-program-', seq),
       CONCAT('Un programme de test pour la transformation ', ELT(1 + seq % 5, 'des mangues', 'du karité', 'des céréales',
              'du lait', 'du coton'), ' et les services aux startups du Mali.'),
       REPEAT('Accompagnement, mentorat, formation et accès au marché pour les startups maliennes. ', 10),
       IF(seq % 4 = 0, '', ELT(1 + seq % 7, 'agritech', 'fintech', 'healthtech,water', 'edtech', 'cleantech,water',
                                  'agritech,ecommerce', 'ict,fintech')),
       IF(seq % 3 = 0, '', ELT(1 + seq % 4, 'idea,prototype', 'mvp,revenue', 'revenue,growth', 'prototype,mvp')),
       IF(seq % 2 = 0, '', ELT(1 + seq % 5, 'bamako', 'bamako,koulikoro', 'segou,sikasso,mopti', 'diaspora', 'kayes,gao')),
       seq % 11 = 0, IF(seq % 7 = 0, 2, NULL), seq % 9 = 0,
       ELT(1 + seq % 4, 'funding,mentoring', 'market_access,network', 'training,office_space', 'cloud_credits,technical'),
       IF(seq % 5 = 0, 1000000 * (seq % 20), NULL), NULL,
       ELT(1 + seq % 3, 'in_person', 'remote', 'hybrid'), IF(seq % 3 = 1, NULL, 'Bamako'),
       IF(seq % 2 = 0, 'fr', 'fr,en'),
       @today - INTERVAL CAST(1 + seq % 30 AS SIGNED) DAY,
       @today + INTERVAL CAST(1 + seq % 120 AS SIGNED) DAY,
       NULL, 10 + seq % 20,
       'published', TRUE, NOW(6), NOW(6), NOW(6), 0
FROM seq_1_to_1000;

INSERT INTO startup (name, slug, tagline, description, sectors, stage, region, city, founded_year, team_size,
                     women_led, youth_led, incorporated, revenue_band, funding_band, needs, languages, visibility,
                     moderation_status, demo, created_at, updated_at, approved_at, version)
SELECT CONCAT('Startup de test ', seq), CONCAT('bench-startup-', seq),
       CONCAT('Une startup de test numéro ', seq),
       CONCAT('Transformation ', ELT(1 + seq % 5, 'des mangues', 'du karité', 'des céréales', 'du lait', 'du coton'),
              ', paiement mobile et services numériques pour les familles et les commerçants du Mali.'),
       ELT(1 + seq % 14, 'agritech', 'fintech', 'healthtech', 'edtech', 'cleantech', 'ecommerce', 'logistics',
           'govtech', 'media', 'tourism', 'crafts', 'water', 'ict', 'other'),
       ELT(1 + seq % 5, 'idea', 'prototype', 'mvp', 'revenue', 'growth'),
       ELT(1 + seq % 21, 'bamako', 'kayes', 'koulikoro', 'sikasso', 'segou', 'mopti', 'tombouctou', 'gao', 'kidal',
           'taoudenit', 'menaka', 'nioro', 'kita', 'dioila', 'nara', 'bougouni', 'koutiala', 'san', 'douentza',
           'bandiagara', 'diaspora'),
       NULL, 2015 + seq % 11, 1 + seq % 30, seq % 3 = 0, seq % 2 = 0, seq % 4 <> 0,
       ELT(1 + seq % 6, 'none', 'lt_1m', '1m_10m', '10m_50m', '50m_250m', 'gt_250m'), 'none',
       ELT(1 + seq % 4, 'funding,mentoring', 'market_access,network', 'training', 'cloud_credits,technical'),
       IF(seq % 3 = 0, 'fr,bm', 'fr'), IF(seq % 20 = 0, 'hidden', 'visible'), 'approved', TRUE,
       NOW(6), NOW(6), NOW(6), 0
FROM seq_1_to_100000;

INSERT INTO account (keycloak_subject, username, email, display_name, locale, status, created_at, last_seen_at, version)
VALUES ('00000000-0000-4000-8000-000000000001', 'awa.traore', 'awa.traore@demo.jigi.ml', 'Awa Traoré', 'fr', 'active',
        NOW(6), NOW(6), 0),
       ('00000000-0000-4000-8000-000000000003', 'ibrahim.maiga', 'ibrahim.maiga@demo.jigi.ml', 'Ibrahim Maïga', 'fr',
        'active', NOW(6), NOW(6), 0);

INSERT INTO startup_owner (startup_id, account_id, since)
SELECT s.id, a.id, NOW(6) FROM startup s JOIN account a ON a.username = 'awa.traore'
WHERE s.slug IN ('bench-startup-1', 'bench-startup-2');

INSERT INTO organization_manager (organization_id, account_id, since)
SELECT o.id, a.id, NOW(6) FROM organization o JOIN account a ON a.username = 'ibrahim.maiga'
WHERE o.slug = 'bench-org-1';
