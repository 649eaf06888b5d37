INSERT INTO adoption_events (org_no, dept_no, event_date, scheme, event, votes_for) VALUES (1, 1, '2025-13-45', 'x', 'adopted-ish', -3);
UPDATE departments SET strategic_significance = 'cosmic';