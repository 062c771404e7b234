-- Monitoring benchmark data: 50 organizations of 20 programs each (1,000 programs), 10,000 approved
-- startups each accepted in one program (the first 200 in bench-program-1 of bench-org-1, managed by
-- the demo manager ibrahim.maiga), and 4 quarterly reports each (40,000), accepted 1 to 14 months ago:
-- the reports already due are submitted, except one startup in ten that stopped after its second.
-- Uses MariaDB's sequence engine (seq_1_to_N). Run on an empty, migrated database; never on a real one.

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
       'Un programme de test pour les mesures de performance du suivi des cohortes.',
       'Accompagnement, mentorat, formation et accès au marché pour les startups maliennes.',
       '', '', '', FALSE, NULL, FALSE, 'funding,mentoring', NULL, NULL, 'hybrid', 'Bamako', 'fr',
       @today - INTERVAL 500 DAY, @today - INTERVAL 450 DAY, NULL, 20, 'closed', TRUE, NOW(6), NOW(6), NOW(6), 0
FROM seq_1_to_1000 p JOIN organization o ON o.slug = CONCAT('bench-org-', 1 + (p.seq - 1) DIV 20);

INSERT INTO startup (name, slug, tagline, description, sectors, stage, region, city, founded_year, team_size,
                     women_led, youth_led, incorporated, revenue_band, funding_band, needs, languages, visibility,
                     moderation_status, demo, created_at, updated_at, approved_at, version)
SELECT CONCAT('Startup de test ', seq), CONCAT('bench-startup-', seq), CONCAT('Une startup de test numéro ', seq),
       'Transformation agricole, paiement mobile et services numériques pour les familles du Mali.',
       ELT(1 + seq % 14, 'agritech', 'fintech', 'healthtech', 'edtech', 'cleantech', 'ecommerce', 'logistics',
           'govtech', 'media', 'tourism', 'crafts', 'water', 'ict', 'other'),
       ELT(1 + seq % 5, 'idea', 'prototype', 'mvp', 'revenue', 'growth'),
       ELT(1 + seq % 21, 'bamako', 'kayes', 'koulikoro', 'sikasso', 'segou', 'mopti', 'tombouctou', 'gao', 'kidal',
           'taoudenit', 'menaka', 'nioro', 'kita', 'dioila', 'nara', 'bougouni', 'koutiala', 'san', 'douentza',
           'bandiagara', 'diaspora'),
       NULL, 2015 + seq % 11, 1 + seq % 30, seq % 3 = 0, seq % 2 = 0, seq % 4 <> 0, 'lt_1m', 'none',
       'funding,mentoring', 'fr', 'visible', 'approved', TRUE, NOW(6), NOW(6), NOW(6), 0
FROM seq_1_to_10000;

INSERT INTO account (keycloak_subject, username, email, display_name, locale, status, created_at, last_seen_at, version)
VALUES ('00000000-0000-4000-8000-000000000003', 'ibrahim.maiga', 'ibrahim.maiga@demo.jigi.ml', 'Ibrahim Maïga', 'fr',
        'active', NOW(6), NOW(6), 0);
SET @ibrahim = LAST_INSERT_ID();

INSERT INTO organization_manager (organization_id, account_id, since)
SELECT id, @ibrahim, NOW(6) FROM organization WHERE slug = 'bench-org-1';

INSERT INTO application (startup_id, program_id, status, answers, submitted_at, decided_at, decision_message,
                         match_score_at_submit, review_average, review_count, created_by, created_at, updated_at,
                         version)
SELECT s.id, p.id, 'accepted', '{}', NOW(6) - INTERVAL (60 + s.id % 400) DAY, NOW(6) - INTERVAL (30 + s.id % 400) DAY,
       NULL, NULL, NULL, 0, @ibrahim, NOW(6), NOW(6), 0
FROM startup s JOIN program p ON p.slug = CONCAT('bench-program-',
     IF(CAST(SUBSTRING(s.slug, 15) AS UNSIGNED) <= 200, 1, 2 + CAST(SUBSTRING(s.slug, 15) AS UNSIGNED) % 999))
WHERE s.slug LIKE 'bench-startup-%';

INSERT INTO progress_report (application_id, program_id, startup_id, accepted_on, period_start, due_on, state,
                             revenue_band, jobs_total, jobs_women, jobs_youth, funding_raised_xof, funding_kind,
                             customers, milestone, answers, submitted_at, submitted_by, created_at, updated_at, version)
SELECT a.id, a.program_id, a.startup_id, DATE(a.decided_at),
       IF(q.seq = 1, DATE(a.decided_at), DATE(a.decided_at) + INTERVAL (3 * (q.seq - 1)) MONTH + INTERVAL 1 DAY),
       DATE(a.decided_at) + INTERVAL (3 * q.seq) MONTH,
       IF(DATE(a.decided_at) + INTERVAL (3 * q.seq) MONTH < @today AND (a.startup_id % 10 <> 0 OR q.seq <= 2),
          'submitted', 'open'),
       NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NOW(6), NOW(6), 0
FROM application a CROSS JOIN seq_1_to_4 q
WHERE a.status = 'accepted';

UPDATE progress_report
SET revenue_band = ELT(1 + (startup_id + due_on) % 3, 'lt_1m', '1m_10m', '10m_50m'),
    jobs_total = 2 + startup_id % 20 + MONTH(due_on) % 4,
    jobs_women = (2 + startup_id % 20) DIV 2,
    jobs_youth = (2 + startup_id % 20) DIV 3,
    funding_raised_xof = IF(startup_id % 7 = 0, 5000000, 0),
    funding_kind = IF(startup_id % 7 = 0, ELT(1 + startup_id % 4, 'grant', 'equity', 'debt', 'prize'), 'none'),
    customers = 10 * (1 + startup_id % 50),
    submitted_at = due_on - INTERVAL (startup_id % 5) DAY
WHERE state = 'submitted';
