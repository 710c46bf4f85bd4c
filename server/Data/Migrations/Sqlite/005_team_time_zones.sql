-- The IANA time zone a team works in: the times the server writes into its messages are in it.
ALTER TABLE teams ADD COLUMN time_zone TEXT NOT NULL DEFAULT 'Asia/Shanghai';
