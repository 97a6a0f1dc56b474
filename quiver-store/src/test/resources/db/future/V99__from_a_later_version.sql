-- Stands for a migration that a later Quiver adds: a file it was applied to must not be opened by
-- this version.
CREATE TABLE later_feature (id INTEGER PRIMARY KEY);
