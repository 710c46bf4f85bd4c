-- No two live (not binned) templates of one team share a name. Binned ones may: restoring one whose name is
-- taken again is refused by the server (409) before it reaches this index.
CREATE UNIQUE INDEX templates_live_name_per_team ON templates (team_id, name_key)
    WHERE team_id IS NOT NULL AND deleted_at IS NULL;
