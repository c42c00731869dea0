-- gazette SQLite schema, version 2 (meta.schema_version). Version 2 keys entities
-- found by rules by name whatever their type (version 1: by type and name) and adds
-- entity_type_votes and the type_conflicts view; a version-1 database that holds
-- documents is not updated (rebuild it), but can still be read.
--
-- Applied by SqliteWriter::open() every time (IF NOT EXISTS everywhere), so a new
-- database gets it and an existing one is left as it is. Offsets (start, end) are
-- Unicode code points into the document text, end exclusive, as in the annotate
-- JSONL and Python's text[start:end]. Names are the entities' canonical names.
--
-- Example queries:
--   SELECT * FROM who_said_what_about_whom WHERE speaker = 'Vladimir Putin';
--   SELECT * FROM edges ORDER BY weight DESC LIMIT 20;
--   SELECT q.text FROM quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid
--    WHERE quotes_fts MATCH 'sanctions';

CREATE TABLE IF NOT EXISTS meta (
  key   TEXT PRIMARY KEY,              -- schema_version, gazette_version
  value TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS documents (
  id           INTEGER PRIMARY KEY,
  doc_id       TEXT NOT NULL,          -- file path as given, or the JSONL "id"
  source       TEXT NOT NULL,          -- where it was read from: "path" or "path:line"
  title        TEXT,
  date         TEXT,                   -- as given
  url          TEXT,
  outlet       TEXT,
  content_hash TEXT NOT NULL UNIQUE,   -- SHA-256 of the text, 64 hex digits
  length       INTEGER NOT NULL        -- code points
);
CREATE INDEX IF NOT EXISTS documents_doc_id ON documents(doc_id);

CREATE TABLE IF NOT EXISTS sentences (
  document  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx       INTEGER NOT NULL,          -- 0-based position in the document
  paragraph INTEGER NOT NULL,
  start     INTEGER NOT NULL,
  end       INTEGER NOT NULL,
  text      TEXT NOT NULL,
  PRIMARY KEY (document, idx)
) WITHOUT ROWID;

-- One row per merged entity: key = gazetteer id, else 'name:' + the name key of the
-- canonical name (lower case, middle initials and al-/el- dropped), whatever the type.
CREATE TABLE IF NOT EXISTS entities (
  id           INTEGER PRIMARY KEY,
  key          TEXT NOT NULL UNIQUE,
  name         TEXT NOT NULL,          -- canonical name (as first seen)
  type         TEXT NOT NULL,          -- PERSON, COUNTRY, ORGANIZATION, LOCATION: settled by
                                       -- entity_type_votes (most mentions; ties PERSON >
                                       -- ORGANIZATION > COUNTRY > LOCATION)
  gazetteer_id TEXT,                   -- NULL when found by rules only
  wikidata     TEXT
);
CREATE INDEX IF NOT EXISTS entities_name ON entities(name);

-- Distinct surface forms of named mentions (not "he", "the president").
CREATE TABLE IF NOT EXISTS aliases (
  entity INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  alias  TEXT NOT NULL,
  PRIMARY KEY (entity, alias)
) WITHOUT ROWID;

-- Which entities a document contains (also those without a mention, such as the
-- country implied by "Secretary of State"), in order of first appearance.
CREATE TABLE IF NOT EXISTS document_entities (
  document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  entity   INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  mentions INTEGER NOT NULL,
  PRIMARY KEY (document, entity)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS document_entities_entity ON document_entities(entity);

-- The type each document gave an entity, with the mentions that vote for it (an
-- entity typed twice in one document has two rows). entities.type is the winner.
CREATE TABLE IF NOT EXISTS entity_type_votes (
  document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  entity   INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  type     TEXT NOT NULL,
  mentions INTEGER NOT NULL,
  PRIMARY KEY (document, entity, type)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS entity_type_votes_entity ON entity_type_votes(entity);

CREATE TABLE IF NOT EXISTS mentions (
  id            INTEGER PRIMARY KEY,
  document      INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  entity        INTEGER REFERENCES entities(id) ON DELETE SET NULL,  -- NULL: unresolved
  sentence      INTEGER NOT NULL,
  start         INTEGER NOT NULL,
  end           INTEGER NOT NULL,
  text          TEXT NOT NULL,
  type          TEXT NOT NULL,
  rule          TEXT,                  -- gazetteer, gazetteer:alias, or a name-pattern id
  resolved_from TEXT                   -- "he", "the president", ...; NULL for a name
);
CREATE INDEX IF NOT EXISTS mentions_document ON mentions(document);
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity);

CREATE TABLE IF NOT EXISTS quotes (
  id           INTEGER PRIMARY KEY,
  document     INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  speaker      INTEGER REFERENCES entities(id) ON DELETE SET NULL,   -- NULL: unknown
  sentence     INTEGER NOT NULL,
  start        INTEGER NOT NULL,
  end          INTEGER NOT NULL,
  text         TEXT NOT NULL,
  kind         TEXT NOT NULL CHECK (kind IN ('direct', 'indirect')),
  cue          TEXT,
  speaker_from TEXT,                   -- "he", "the president" when resolved from one
  rule         TEXT
);
CREATE INDEX IF NOT EXISTS quotes_document ON quotes(document);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker);

CREATE TABLE IF NOT EXISTS quote_about (
  quote  INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
  entity INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  PRIMARY KEY (quote, entity)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS quote_about_entity ON quote_about(entity);

-- One row per relation per document (GUIDELINES "Typed relations"); the evidence
-- columns hold the first evidence span, relation_evidence all of them.
CREATE TABLE IF NOT EXISTS relations (
  id             INTEGER PRIMARY KEY,
  document       INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  head           INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  type           TEXT NOT NULL,
  tail           INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  role           TEXT,                 -- title for ROLE_IN
  cue            TEXT,
  evidence_start INTEGER,
  evidence_end   INTEGER,
  evidence_text  TEXT,
  confidence     REAL NOT NULL,
  rule           TEXT
);
CREATE INDEX IF NOT EXISTS relations_triple ON relations(head, type, tail);
CREATE INDEX IF NOT EXISTS relations_tail ON relations(tail);
CREATE INDEX IF NOT EXISTS relations_document ON relations(document);

CREATE TABLE IF NOT EXISTS relation_evidence (
  relation INTEGER NOT NULL REFERENCES relations(id) ON DELETE CASCADE,
  idx      INTEGER NOT NULL,
  start    INTEGER NOT NULL,
  end      INTEGER NOT NULL,
  text     TEXT NOT NULL,
  PRIMARY KEY (relation, idx)
) WITHOUT ROWID;

-- Full-text search on quotes (external content: the text lives in quotes). content is
-- written "quotes" (double quotes) because that is how sqlite-utils and Datasette find
-- a table's FTS index (`sqlite-utils search graph.db quotes WORD`); with 'quotes' they
-- do not see it. columnsize=0 (row 23.293): no quotes_fts_docsize table, a row per
-- quote written at every build; bm25() and rank, which need a quote's length in
-- tokens, tokenize its text from quotes again when a query ranks it, so MATCH, rank
-- and bm25() answer as before (a database made with the docsize table keeps it).
-- Example (made up): MATCH 'harbour' ORDER BY rank gives the same quotes in the same
-- order, with the same bm25() values, as an index with the table.
CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5(
  text, content="quotes", content_rowid="id", tokenize='unicode61 remove_diacritics 2', columnsize=0);
CREATE TRIGGER IF NOT EXISTS quotes_fts_insert AFTER INSERT ON quotes BEGIN
  INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER IF NOT EXISTS quotes_fts_delete AFTER DELETE ON quotes BEGIN
  INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER IF NOT EXISTS quotes_fts_update AFTER UPDATE OF text ON quotes BEGIN
  INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
END;

-- Every quote with each entity it is about (about NULL when it names none).
CREATE VIEW IF NOT EXISTS who_said_what_about_whom AS
SELECT s.name AS speaker, a.name AS about, q.text AS quote, q.cue AS cue,
       d.doc_id AS document, d.date AS date
FROM quotes q
JOIN documents d ON d.id = q.document
LEFT JOIN entities s ON s.id = q.speaker
LEFT JOIN quote_about qa ON qa.quote = q.id
LEFT JOIN entities a ON a.id = qa.entity
ORDER BY q.id, a.id;

-- The graph's edges: weight = distinct documents (as in the GraphML export, before
-- --min-documents and --exclude filters). Relations whose head and tail are the same
-- entity are not edges.
CREATE VIEW IF NOT EXISTS edges AS
SELECT h.name AS head, r.type AS type, t.name AS tail,
       COUNT(DISTINCT d.doc_id) AS weight,
       group_concat(DISTINCT d.doc_id) AS documents
FROM relations r
JOIN entities h ON h.id = r.head
JOIN entities t ON t.id = r.tail
JOIN documents d ON d.id = r.document
WHERE r.head <> r.tail
GROUP BY r.head, r.type, r.tail;

-- Entities the documents typed differently, with the settled type and the votes
-- ("PERSON 5, ORGANIZATION 2": mentions per type, most first).
CREATE VIEW IF NOT EXISTS type_conflicts AS
SELECT e.name AS entity, e.type AS type, v.types AS votes,
       (SELECT COUNT(DISTINCT x.document) FROM entity_type_votes x WHERE x.entity = e.id) AS documents
FROM entities e
JOIN (SELECT entity, group_concat(type || ' ' || mentions, ', ') AS types
      FROM (SELECT entity, type, SUM(mentions) AS mentions
            FROM entity_type_votes GROUP BY entity, type ORDER BY entity, mentions DESC, type)
      GROUP BY entity HAVING COUNT(*) > 1) v ON v.entity = e.id
ORDER BY e.id;

CREATE VIEW IF NOT EXISTS entity_summary AS
SELECT e.name AS entity, e.type AS type,
       (SELECT COALESCE(SUM(de.mentions), 0) FROM document_entities de WHERE de.entity = e.id) AS mentions,
       (SELECT COUNT(DISTINCT d.doc_id) FROM document_entities de JOIN documents d ON d.id = de.document
         WHERE de.entity = e.id) AS documents,
       (SELECT COUNT(*) FROM quotes q WHERE q.speaker = e.id) AS quotes_said,
       (SELECT COUNT(*) FROM relations r WHERE r.head = e.id OR r.tail = e.id) AS relations
FROM entities e
ORDER BY e.id;

-- Every relation with names, evidence and document: one row per relation found in a
-- document (the edges view sums them into weights).
CREATE VIEW IF NOT EXISTS relations_named AS
SELECT r.id AS id, h.name AS head, r.type AS type, t.name AS tail, r.role AS role, r.cue AS cue,
       r.confidence AS confidence, r.evidence_text AS evidence, d.doc_id AS document, d.date AS date,
       d.url AS url, r.rule AS rule
FROM relations r
JOIN entities h ON h.id = r.head
JOIN entities t ON t.id = r.tail
JOIN documents d ON d.id = r.document
ORDER BY r.id;

-- Any name an entity goes by (its canonical name and every surface form seen),
-- compared without case: SELECT entity FROM entity_lookup WHERE name = 'putin'
-- finds Vladimir Putin. Join quotes on speaker = entity_id for what they said.
CREATE VIEW IF NOT EXISTS entity_lookup AS
SELECT e.name COLLATE NOCASE AS name, e.id AS entity_id, e.name AS entity, e.type AS type
FROM entities e
UNION
SELECT a.alias COLLATE NOCASE AS name, e.id AS entity_id, e.name AS entity, e.type AS type
FROM aliases a JOIN entities e ON e.id = a.entity;

-- Quotes said the same way (same text, same speaker) in more than one document, as
-- syndicated copies of one wire story are: one row per quote, with its copies.
CREATE VIEW IF NOT EXISTS repeated_quotes AS
SELECT q.text AS quote, s.name AS speaker, COUNT(DISTINCT q.document) AS copies,
       group_concat(DISTINCT d.doc_id) AS documents, MIN(d.date) AS first_date
FROM quotes q
JOIN documents d ON d.id = q.document
LEFT JOIN entities s ON s.id = q.speaker
GROUP BY q.text, q.speaker
HAVING COUNT(DISTINCT q.document) > 1
ORDER BY copies DESC, q.text;
