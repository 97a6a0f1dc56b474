-- Quiver store, schema 2: a revision per asset, raised by every import that touches it, so that
-- caches of computed analytics know when their inputs changed.
ALTER TABLE asset ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
