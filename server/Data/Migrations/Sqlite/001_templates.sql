-- Outline templates. Built-ins come from the seed library at start-up; nodes and levels are JSON.
CREATE TABLE templates (
    id               TEXT    NOT NULL PRIMARY KEY,
    name             TEXT    NOT NULL,
    category         TEXT    NOT NULL,
    default_style_id TEXT    NOT NULL,
    levels_json      TEXT    NOT NULL,
    nodes_json       TEXT    NOT NULL,
    node_count       INTEGER NOT NULL,
    -- Name and every heading, one per line: what the search box looks in.
    search_text      TEXT    NOT NULL,
    content_hash     TEXT    NOT NULL,
    is_builtin       INTEGER NOT NULL DEFAULT 0,
    sort_order       INTEGER NOT NULL DEFAULT 0,
    version          INTEGER NOT NULL DEFAULT 1,
    updated_at       TEXT    NOT NULL
);

CREATE INDEX templates_by_category ON templates (category, sort_order);
