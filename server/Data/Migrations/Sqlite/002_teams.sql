-- People, their access tokens, teams and roles; team templates with their full history.

CREATE TABLE users (
    id               TEXT NOT NULL PRIMARY KEY,
    name             TEXT NOT NULL,
    -- "issuer|subject" for people who sign in through an OpenID Connect provider (Entra ID); null otherwise.
    external_subject TEXT UNIQUE,
    created_at       TEXT NOT NULL
);

-- Personal access tokens. Only a SHA-256 hash of each token is kept: a token is shown once, when created.
CREATE TABLE access_tokens (
    id          TEXT NOT NULL PRIMARY KEY,
    user_id     TEXT NOT NULL REFERENCES users (id),
    token_hash  TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    revoked_at  TEXT
);

CREATE INDEX access_tokens_by_user ON access_tokens (user_id);

CREATE TABLE teams (
    id          TEXT NOT NULL PRIMARY KEY,
    name        TEXT NOT NULL,
    created_at  TEXT NOT NULL
);

CREATE TABLE team_members (
    team_id  TEXT NOT NULL REFERENCES teams (id),
    user_id  TEXT NOT NULL REFERENCES users (id),
    role     TEXT NOT NULL CHECK (role IN ('owner', 'editor', 'viewer')),
    added_at TEXT NOT NULL,
    PRIMARY KEY (team_id, user_id)
);

CREATE INDEX team_members_by_user ON team_members (user_id);

-- Built-ins have no team; a team template belongs to exactly one team.
ALTER TABLE templates ADD COLUMN team_id TEXT REFERENCES teams (id);
ALTER TABLE templates ADD COLUMN tags_json TEXT NOT NULL DEFAULT '[]';
ALTER TABLE templates ADD COLUMN updated_by TEXT REFERENCES users (id);
-- Set when the template is moved to its team's bin; cleared when an owner restores it.
ALTER TABLE templates ADD COLUMN deleted_at TEXT;
ALTER TABLE templates ADD COLUMN deleted_by TEXT REFERENCES users (id);

CREATE INDEX templates_by_team ON templates (team_id);

-- Every version a team template ever had. Rows are only ever added: a restore is a new version.
CREATE TABLE template_versions (
    template_id      TEXT    NOT NULL REFERENCES templates (id),
    version          INTEGER NOT NULL,
    name             TEXT    NOT NULL,
    category         TEXT    NOT NULL,
    tags_json        TEXT    NOT NULL,
    default_style_id TEXT    NOT NULL,
    levels_json      TEXT    NOT NULL,
    nodes_json       TEXT    NOT NULL,
    node_count       INTEGER NOT NULL,
    created_at       TEXT    NOT NULL,
    created_by       TEXT    NOT NULL REFERENCES users (id),
    restored_from    INTEGER,
    PRIMARY KEY (template_id, version)
);

-- Numbering styles a team defines for itself, beside the built-in ones.
CREATE TABLE numbering_styles (
    id          TEXT NOT NULL PRIMARY KEY,
    team_id     TEXT NOT NULL REFERENCES teams (id),
    name        TEXT NOT NULL,
    name_en     TEXT NOT NULL,
    levels_json TEXT NOT NULL,
    created_by  TEXT NOT NULL REFERENCES users (id),
    created_at  TEXT NOT NULL
);

CREATE INDEX numbering_styles_by_team ON numbering_styles (team_id);
