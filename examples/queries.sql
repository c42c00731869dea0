-- The README's queries, run by tests/e2e/examples.sh against the examples' database
-- (sqlite3 -bail out/graph.db < examples/queries.sql). Each is preceded by a header row.
.headers on
.mode list

-- 1. Who said what about Russia?
SELECT speaker, quote, document FROM who_said_what_about_whom WHERE about = 'Russia';

-- 2. Who criticised whom most (weight = documents)?
SELECT head, tail, weight FROM edges WHERE type = 'CRITICIZED' ORDER BY weight DESC, head LIMIT 10;

-- 3. Quotes mentioning a word (full-text search, FTS5).
SELECT s.name AS speaker, q.text
FROM quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid LEFT JOIN entities s ON s.id = q.speaker
WHERE quotes_fts MATCH 'guarantees';

-- 4. An entity's roles.
SELECT h.name AS person, r.role, t.name AS of_what, COUNT(DISTINCT r.document) AS documents
FROM relations r JOIN entities h ON h.id = r.head JOIN entities t ON t.id = r.tail
WHERE r.type = 'ROLE_IN' GROUP BY h.name, r.role, t.name ORDER BY h.name;

-- 5. A person's network: everything linked to Helen Marsh, in either direction.
SELECT head, type, tail, weight FROM edges WHERE head = 'Helen Marsh' OR tail = 'Helen Marsh' ORDER BY weight DESC;

-- 6. The timeline of one pair: what passed between the United States and Russia, by date.
SELECT d.date, h.name AS head, r.type, t.name AS tail, r.evidence_text
FROM relations r JOIN documents d ON d.id = r.document
JOIN entities h ON h.id = r.head JOIN entities t ON t.id = r.tail
WHERE (h.name = 'United States' AND t.name = 'Russia') OR (h.name = 'Russia' AND t.name = 'United States')
ORDER BY d.date;

-- 7. Who is quoted most, and about how many different entities?
SELECT speaker, COUNT(DISTINCT quote) AS quotes, COUNT(DISTINCT about) AS subjects
FROM who_said_what_about_whom WHERE speaker IS NOT NULL GROUP BY speaker ORDER BY quotes DESC LIMIT 10;
