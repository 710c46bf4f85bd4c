-- The revision of the built-in template library the database holds (one row, written with the built-ins). A release
-- stores its library only over an older revision: instances of two releases share the database during a rolling
-- upgrade, and an older one restarting must leave a newer one's built-ins (and their versions and ETags) as they are.
CREATE TABLE builtin_library (
    id        integer     NOT NULL PRIMARY KEY CHECK (id = 1),
    revision  integer     NOT NULL,
    stored_at timestamptz NOT NULL
);
