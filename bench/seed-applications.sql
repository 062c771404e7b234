-- Applications benchmark data: one program of the demo manager ibrahim.maiga with three questions
-- and a three-criterion rubric, 5,000 approved startups that each applied (none a draft), and three
-- reviews of every application by three managers of the organization. Uses MariaDB's sequence engine
-- (seq_1_to_N). Run on an empty, migrated database; never on a real one.

SET @today = CURDATE();

INSERT INTO organization (name, slug, kind, country, website, description, verified, demo, moderation_status,
                          created_at, updated_at, version)
VALUES ('Organisation de test', 'bench-org-1', 'accelerator', 'Mali', NULL,
        'Organisation de test pour les mesures de performance.', TRUE, TRUE, 'approved', NOW(6), NOW(6), 0);
SET @org = LAST_INSERT_ID();

INSERT INTO program (organization_id, title, slug, summary, description, sectors, stages, regions, women_only,
                     min_team_size, requires_incorporation, offers, funding_amount, equity_percent, format, city,
                     languages, opens_at, deadline, starts_at, seats, status, demo, published_at, created_at,
                     updated_at, version)
VALUES (@org, 'Accélérateur agricole de test', 'bench-program-1',
        'Un programme de test pour la transformation des mangues et les services aux startups du Mali.',
        REPEAT('Accompagnement, mentorat, formation et accès au marché pour les startups maliennes. ', 10),
        '', '', '', FALSE, NULL, FALSE, 'funding,mentoring', 10000000, NULL, 'hybrid', 'Bamako', 'fr,en',
        @today - INTERVAL 60 DAY, @today + INTERVAL 30 DAY, NULL, 20, 'published', TRUE, NOW(6), NOW(6), NOW(6), 0);
SET @program = LAST_INSERT_ID();

INSERT INTO program_question (program_id, label, help, type, required, position, choices)
VALUES (@program, 'Quel problème résolvez-vous ?', NULL, 'long_text', TRUE, 1, NULL),
       (@program, 'Combien de clients payants avez-vous ?', NULL, 'number', TRUE, 2, NULL),
       (@program, 'Lien vers une démonstration', NULL, 'url', FALSE, 3, NULL);
SET @q1 = (SELECT MIN(id) FROM program_question WHERE program_id = @program);

INSERT INTO rubric_criterion (program_id, name, description, weight, max_score, position)
VALUES (@program, 'Équipe', NULL, 40, 5, 1),
       (@program, 'Marché', NULL, 30, 5, 2),
       (@program, 'Impact', NULL, 30, 10, 3);
SET @c1 = (SELECT MIN(id) FROM rubric_criterion WHERE program_id = @program);

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
       'funding,mentoring', 'fr', 'visible', 'approved', TRUE, NOW(6), NOW(6), NOW(6), 0
FROM seq_1_to_5000;

INSERT INTO account (keycloak_subject, username, email, display_name, locale, status, created_at, last_seen_at, version)
VALUES ('00000000-0000-4000-8000-000000000003', 'ibrahim.maiga', 'ibrahim.maiga@demo.jigi.ml', 'Ibrahim Maïga', 'fr',
        'active', NOW(6), NOW(6), 0),
       ('00000000-0000-4000-8000-0000000000b1', 'bench.reviewer1', NULL, 'Relecteur de test 1', 'fr', 'active',
        NOW(6), NOW(6), 0),
       ('00000000-0000-4000-8000-0000000000b2', 'bench.reviewer2', NULL, 'Relecteur de test 2', 'fr', 'active',
        NOW(6), NOW(6), 0),
       ('00000000-0000-4000-8000-0000000000b9', 'bench.founder', NULL, 'Fondatrice de test', 'fr', 'active',
        NOW(6), NOW(6), 0);

INSERT INTO organization_manager (organization_id, account_id, since)
SELECT @org, id, NOW(6) FROM account WHERE username IN ('ibrahim.maiga', 'bench.reviewer1', 'bench.reviewer2');

-- Every startup applied, 1 to 60 days ago; statuses spread as in a real call after a first triage.
INSERT INTO application (startup_id, program_id, status, answers, submitted_at, decided_at, decision_message,
                         match_score_at_submit, review_average, review_count, created_by, created_at, updated_at,
                         version)
SELECT s.id, @program,
       ELT(1 + s.id % 10, 'submitted', 'submitted', 'submitted', 'under_review', 'under_review', 'under_review',
           'shortlisted', 'interview', 'accepted', 'rejected'),
       CONCAT('{"', @q1, '":["Les producteurs de mangues perdent 40 % de la récolte faute de séchage, ',
              'nous proposons des séchoirs solaires en location."],"', @q1 + 1, '":["', s.id % 300, '"],"',
              @q1 + 2, '":["https://example.org/demo/', s.id, '"]}'),
       NOW(6) - INTERVAL (s.id % 60) DAY - INTERVAL (s.id % 1440) MINUTE,
       IF(s.id % 10 >= 8, NOW(6), NULL), NULL,
       s.id % 101, NULL, 0,
       (SELECT id FROM account WHERE username = 'bench.founder'), NOW(6), NOW(6), 0
FROM startup s WHERE s.slug LIKE 'bench-startup-%';

INSERT INTO review (application_id, reviewer_id, scores, comment, recommendation, conflict_declared, average,
                    submitted_at, created_at, updated_at, version)
SELECT a.id, m.account_id,
       CONCAT('{"', @c1, '":', 1 + (a.id + m.account_id) % 5, ',"', @c1 + 1, '":', 1 + (a.id * 3 + m.account_id) % 5,
              ',"', @c1 + 2, '":', 1 + (a.id * 7 + m.account_id) % 10, '}'),
       'Équipe solide, marché à confirmer.', ELT(1 + (a.id + m.account_id) % 3, 'yes', 'maybe', 'no'), FALSE,
       ROUND(40 * (1 + (a.id + m.account_id) % 5) / 5 + 30 * (1 + (a.id * 3 + m.account_id) % 5) / 5
             + 30 * (1 + (a.id * 7 + m.account_id) % 10) / 10, 2),
       NOW(6), NOW(6), NOW(6), 0
FROM application a JOIN organization_manager m ON m.organization_id = @org
WHERE a.program_id = @program;

UPDATE application a
SET review_count = 3,
    review_average = (SELECT ROUND(AVG(r.average), 2) FROM review r WHERE r.application_id = a.id)
WHERE a.program_id = @program;
