-- Quiver store, schema 1: assets, raw bars, corporate actions and what was fetched when.
-- Prices are stored as traded; adjusted views are computed on read from the actions.

CREATE TABLE asset (
    asset_id   INTEGER PRIMARY KEY,
    symbol     TEXT NOT NULL UNIQUE,
    class_code TEXT NOT NULL CHECK (class_code IN ('equity', 'etf', 'index', 'fx', 'crypto')),
    name       TEXT NOT NULL,
    currency   TEXT NOT NULL,
    exchange   TEXT NOT NULL,
    zone_id    TEXT NOT NULL
);

-- One row per bar; ts is the bar start in epoch seconds (midnight of the session date in the
-- asset's zone for daily bars). volume and adj_close are NULL where the source has none.
CREATE TABLE bar (
    asset_id  INTEGER NOT NULL REFERENCES asset (asset_id) ON DELETE CASCADE,
    interval  TEXT    NOT NULL CHECK (interval IN ('1m', '5m', '15m', '30m', '1h', '1d')),
    ts        INTEGER NOT NULL,
    open      REAL    NOT NULL CHECK (open > 0),
    high      REAL    NOT NULL CHECK (high > 0),
    low       REAL    NOT NULL CHECK (low > 0),
    close     REAL    NOT NULL CHECK (close > 0),
    volume    REAL             CHECK (volume >= 0),
    adj_close REAL             CHECK (adj_close > 0),
    CHECK (high >= low),
    PRIMARY KEY (asset_id, interval, ts)
) WITHOUT ROWID;

-- ex_date is an ISO date; value is the split ratio (new shares per old) or the cash per share.
CREATE TABLE corporate_action (
    asset_id INTEGER NOT NULL REFERENCES asset (asset_id) ON DELETE CASCADE,
    ex_date  TEXT    NOT NULL,
    kind     TEXT    NOT NULL CHECK (kind IN ('split', 'dividend')),
    value    REAL    NOT NULL CHECK (value > 0),
    origin   TEXT    NOT NULL CHECK (origin IN ('provided', 'inferred')),
    PRIMARY KEY (asset_id, ex_date, kind)
) WITHOUT ROWID;

-- Session dates [start_date, end_date) fetched from a source; fetched_at is an ISO-8601 instant.
CREATE TABLE coverage (
    asset_id   INTEGER NOT NULL REFERENCES asset (asset_id) ON DELETE CASCADE,
    interval   TEXT    NOT NULL,
    start_date TEXT    NOT NULL,
    end_date   TEXT    NOT NULL,
    source     TEXT    NOT NULL,
    fetched_at TEXT    NOT NULL,
    CHECK (start_date < end_date),
    PRIMARY KEY (asset_id, interval, start_date, end_date, source)
) WITHOUT ROWID;
