-- The values a team fills its templates' fields with ({单位} → 某某县委办), offered again at the next insertion. The
-- computed fields (年份, 季度, 月份, 日期) are never stored: they are today's.
CREATE TABLE team_field_defaults (
    team_id    TEXT NOT NULL REFERENCES teams (id),
    name       TEXT NOT NULL,
    value      TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL REFERENCES users (id),
    PRIMARY KEY (team_id, name)
);
