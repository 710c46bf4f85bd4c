-- The whole schema as SQLite's scripts 001–005 leave it, in PostgreSQL's types: timestamptz for times, boolean for flags,
-- integer for counts and versions, text for ids and for JSON (the server never looks inside it; it reads and writes the
-- same text as on SQLite). Same tables, columns, keys and indexes, under the same names. Comments on what the tables
-- are for are in Migrations/Sqlite.
--
-- COLLATE "C" on the text the server sorts by or folds case in (template names and categories, team names, the search
-- text): SQLite compares and orders text by code point and lower() folds ASCII letters only. With the database's
-- default collation (a language's, such as en_US.UTF-8) PostgreSQL would order 甲团队 and "Word 模板" differently from
-- SQLite, ignore punctuation and case when sorting, and fold non-ASCII letters; "C" orders by code point, as UTF-8 bytes
-- do, and folds ASCII only, so one list reads the same on both providers.

CREATE TABLE users (
    id               text        NOT NULL PRIMARY KEY,
    name             text        NOT NULL,
    external_subject text        UNIQUE,
    created_at       timestamptz NOT NULL
);

CREATE TABLE access_tokens (
    id          text        NOT NULL PRIMARY KEY,
    user_id     text        NOT NULL REFERENCES users (id),
    token_hash  text        NOT NULL UNIQUE,
    name        text        NOT NULL,
    created_at  timestamptz NOT NULL,
    revoked_at  timestamptz
);

CREATE INDEX access_tokens_by_user ON access_tokens (user_id);

CREATE TABLE teams (
    id          text             NOT NULL PRIMARY KEY,
    name        text COLLATE "C" NOT NULL,
    created_at  timestamptz      NOT NULL,
    time_zone   text             NOT NULL DEFAULT 'Asia/Shanghai'
);

CREATE TABLE team_members (
    team_id  text        NOT NULL REFERENCES teams (id),
    user_id  text        NOT NULL REFERENCES users (id),
    role     text        NOT NULL CHECK (role IN ('owner', 'editor', 'viewer')),
    added_at timestamptz NOT NULL,
    PRIMARY KEY (team_id, user_id)
);

CREATE INDEX team_members_by_user ON team_members (user_id);

CREATE TABLE templates (
    id               text             NOT NULL PRIMARY KEY,
    name             text COLLATE "C" NOT NULL,
    category         text COLLATE "C" NOT NULL,
    default_style_id text             NOT NULL,
    levels_json      text             NOT NULL,
    nodes_json       text             NOT NULL,
    node_count       integer          NOT NULL,
    search_text      text COLLATE "C" NOT NULL,
    content_hash     text             NOT NULL,
    is_builtin       boolean          NOT NULL DEFAULT FALSE,
    sort_order       integer          NOT NULL DEFAULT 0,
    version          integer          NOT NULL DEFAULT 1,
    updated_at       timestamptz      NOT NULL,
    team_id          text             REFERENCES teams (id),
    tags_json        text             NOT NULL DEFAULT '[]',
    updated_by       text             REFERENCES users (id),
    deleted_at       timestamptz,
    deleted_by       text             REFERENCES users (id),
    name_key         text COLLATE "C"
);

CREATE INDEX templates_by_category ON templates (category, sort_order);

CREATE INDEX templates_by_team ON templates (team_id);

-- No two live (not binned) templates of one team share a name (name_key: the name as compared, TemplateNames.Key).
CREATE UNIQUE INDEX templates_live_name_per_team ON templates (team_id, name_key)
    WHERE team_id IS NOT NULL AND deleted_at IS NULL;

CREATE TABLE template_versions (
    template_id      text        NOT NULL REFERENCES templates (id),
    version          integer     NOT NULL,
    name             text        NOT NULL,
    category         text        NOT NULL,
    tags_json        text        NOT NULL,
    default_style_id text        NOT NULL,
    levels_json      text        NOT NULL,
    nodes_json       text        NOT NULL,
    node_count       integer     NOT NULL,
    created_at       timestamptz NOT NULL,
    created_by       text        NOT NULL REFERENCES users (id),
    restored_from    integer,
    PRIMARY KEY (template_id, version)
);

CREATE TABLE numbering_styles (
    id          text        NOT NULL PRIMARY KEY,
    team_id     text        NOT NULL REFERENCES teams (id),
    name        text        NOT NULL,
    name_en     text        NOT NULL,
    levels_json text        NOT NULL,
    created_by  text        NOT NULL REFERENCES users (id),
    created_at  timestamptz NOT NULL
);

CREATE INDEX numbering_styles_by_team ON numbering_styles (team_id);
