-- A team's live templates have different names. name_key is the name as compared (TemplateNames.Key: trimmed,
-- case and width folded), null for built-ins; the server fills it on every team write, and TemplateNameKeyMigration fills it for the rows
-- already there, renaming live duplicates (“名称（2）”) so that 004's unique index can be built.
ALTER TABLE templates ADD COLUMN name_key TEXT;
