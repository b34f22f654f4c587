/**
 * The collector's database: PostgreSQL, embedded (PGlite, in a data folder) or a server
 * (`DATABASE_URL`, the `pg` driver), behind one small interface, with the one schema and its
 * versioned migrations. The drivers are loaded only when used: `pg` is a dependency of the
 * package, PGlite an optional one (a server deployment may install without it).
 */

/** Something that runs SQL: the database, or a transaction. */
export interface Sql {
  query<T = Record<string, any>>(text: string, params?: unknown[]): Promise<{ rows: T[] }>;
  /** Runs several statements, without parameters (migrations). */
  script(text: string): Promise<unknown>;
}

export interface Db extends Sql {
  /** `embedded` (PGlite) or `server` (PostgreSQL through `pg`). */
  readonly kind: 'embedded' | 'server';
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
  /**
   * A server only: runs `fn` on one connection that it manages itself (its own `BEGIN` and
   * `COMMIT` inside multi-statement scripts, so a transaction costs fewer round trips); a
   * connection that failed is discarded.
   */
  session?<T>(fn: (s: { script(text: string): Promise<Array<{ rows: any[] }>> }) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * The migrations, in order; the version of each is its position (1-based). Applied at start in
 * one transaction under an advisory lock, so collectors starting together on one server apply
 * each once. Never edit a released migration: add one.
 */
const MIGRATIONS: string[] = [
  `
  -- Every row of the hash chain: receipts, and the erasures and retention runs that removed some.
  CREATE TABLE records (
    seq         bigint      NOT NULL,
    kind        text        NOT NULL CHECK (kind IN ('receipt', 'erasure', 'retention')),
    received_at timestamptz NOT NULL,
    receipt_id  uuid,
    consent_id  text,
    body        jsonb       NOT NULL,
    prev_hash   text        NOT NULL,
    hash        text        NOT NULL,
    PRIMARY KEY (seq, received_at)
  ) PARTITION BY RANGE (received_at);
  CREATE INDEX records_consent_id ON records (consent_id, seq);
  CREATE INDEX records_receipt_id ON records (receipt_id);
  -- Receipts are append-only: no update path exists, and the database refuses one.
  CREATE FUNCTION consentry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'consent records are append-only'; END $$;
  CREATE TRIGGER records_append_only BEFORE UPDATE ON records
    FOR EACH ROW EXECUTE FUNCTION consentry_append_only();
  -- One row, never changed: locking it serialises appends to the chain across every collector.
  CREATE TABLE chain_lock (id int PRIMARY KEY CHECK (id = 1));
  INSERT INTO chain_lock VALUES (1);
  `,
  `
  -- Whether a receipt came with an Origin header equal to its \`origin\` (a page posted it), or
  -- without one (curl, a server). Part of the row's hash; null on older rows and on other kinds.
  ALTER TABLE records ADD COLUMN origin_matched boolean;
  `,
  `
  -- Consent insight (docs/consent-records.md): aggregate counters, one row per UTC day and
  -- combination of the key; impressions and decisions are added to a row, never stored one by one.
  -- Not personal data: no id, no address, no time finer than a day. Erasure and retention leave them.
  CREATE TABLE insight_counts (
    day          date   NOT NULL,
    region       text   NOT NULL,
    mode         text   NOT NULL,
    lang         text   NOT NULL,
    device       text   NOT NULL,
    signal       text   NOT NULL,
    arm          text   NOT NULL,
    layout       text   NOT NULL,
    shown        bigint NOT NULL DEFAULT 0,
    dialog_shown bigint NOT NULL DEFAULT 0,
    decisions    bigint NOT NULL DEFAULT 0,
    accepted_all bigint NOT NULL DEFAULT 0,
    refused_all  bigint NOT NULL DEFAULT 0,
    chose        bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (day, region, mode, lang, device, signal, arm, layout)
  );
  -- Decisions that granted a category, per the same key and the category.
  CREATE TABLE insight_granted (
    day      date   NOT NULL,
    region   text   NOT NULL,
    mode     text   NOT NULL,
    lang     text   NOT NULL,
    device   text   NOT NULL,
    signal   text   NOT NULL,
    arm      text   NOT NULL,
    layout   text   NOT NULL,
    category text   NOT NULL,
    granted  bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (day, region, mode, lang, device, signal, arm, layout, category)
  );
  -- Each distinct text shown to visitors, once, under its SHA-256: a receipt's \`shown\` names one.
  CREATE TABLE shown_texts (
    hash       text        PRIMARY KEY CHECK (hash ~ '^[0-9a-f]{64}$'),
    text       text        NOT NULL,
    first_seen timestamptz NOT NULL DEFAULT now()
  );
  `,
  `
  -- The counters rolled up per UTC day and one dimension (dim '' is the whole day): what /stats
  -- reads for a grouping by day and at most one other dimension (docs/consent-records.md, "How
  -- /stats is answered"), so that a year reads thousands of rows, not a million. Kept by
  -- statement triggers in the very transaction that adds to the counters: always their exact sums,
  -- whoever writes (every collector on the database, an older one, SQL by hand), whatever the day
  -- (a receipt carries its own time, so a past day can still grow).
  CREATE TABLE insight_rollup (
    dim          text   NOT NULL CHECK (dim IN ('', 'region', 'mode', 'lang', 'device', 'signal', 'arm')),
    day          date   NOT NULL,
    value        text   NOT NULL,
    shown        bigint NOT NULL,
    dialog_shown bigint NOT NULL,
    decisions    bigint NOT NULL,
    accepted_all bigint NOT NULL,
    refused_all  bigint NOT NULL,
    chose        bigint NOT NULL,
    PRIMARY KEY (dim, day, value)
  );
  CREATE TABLE insight_rollup_granted (
    dim      text   NOT NULL CHECK (dim IN ('', 'region', 'mode', 'lang', 'device', 'signal', 'arm')),
    day      date   NOT NULL,
    value    text   NOT NULL,
    category text   NOT NULL,
    granted  bigint NOT NULL,
    PRIMARY KEY (dim, day, value, category)
  );
  -- Adds a statement's change to the counters (its inserted rows, or its updated rows' new values
  -- minus their old ones) to the roll-up, one upsert per statement. An upsert of the counters
  -- fires two of these (its inserted rows, then its updated ones), each locking roll-up rows in
  -- key order: two transactions could take them in crossed orders (a batch spanning two days), so
  -- they first take one lock, held until commit, that serialises every writer of the roll-up.
  -- Receipts are serialised by the chain's lock already, and every writer of a day shares that
  -- day's row anyway.
  CREATE FUNCTION consentry_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    -- An upsert fires both triggers; the one with no rows has nothing to add.
    IF NOT EXISTS (SELECT 1 FROM new_rows) THEN RETURN NULL; END IF;
    PERFORM pg_advisory_xact_lock(1919904876); -- 0x726f6c6c, "roll"
    -- Static statements (each trigger's copy of the function keeps its plans): only the branch
    -- of the trigger's own table and event runs, so each names only its own transition tables.
    IF TG_TABLE_NAME = 'insight_counts' AND TG_OP = 'INSERT' THEN
      INSERT INTO insight_rollup AS r (dim, day, value, shown, dialog_shown, decisions, accepted_all, refused_all, chose)
      SELECT d.dim, t.day, d.value, sum(s * shown), sum(s * dialog_shown), sum(s * decisions), sum(s * accepted_all), sum(s * refused_all), sum(s * chose)
      FROM (SELECT 1 AS s, * FROM new_rows) t
      CROSS JOIN LATERAL (VALUES ('', ''), ('region', t.region), ('mode', t.mode), ('lang', t.lang),
        ('device', t.device), ('signal', t.signal), ('arm', t.arm)) d(dim, value)
      GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
      ON CONFLICT (dim, day, value) DO UPDATE SET shown = r.shown + excluded.shown, dialog_shown = r.dialog_shown + excluded.dialog_shown,
        decisions = r.decisions + excluded.decisions, accepted_all = r.accepted_all + excluded.accepted_all,
        refused_all = r.refused_all + excluded.refused_all, chose = r.chose + excluded.chose;
    ELSIF TG_TABLE_NAME = 'insight_counts' THEN
      INSERT INTO insight_rollup AS r (dim, day, value, shown, dialog_shown, decisions, accepted_all, refused_all, chose)
      SELECT d.dim, t.day, d.value, sum(s * shown), sum(s * dialog_shown), sum(s * decisions), sum(s * accepted_all), sum(s * refused_all), sum(s * chose)
      FROM (SELECT 1 AS s, * FROM new_rows UNION ALL SELECT -1 AS s, * FROM old_rows) t
      CROSS JOIN LATERAL (VALUES ('', ''), ('region', t.region), ('mode', t.mode), ('lang', t.lang),
        ('device', t.device), ('signal', t.signal), ('arm', t.arm)) d(dim, value)
      GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
      ON CONFLICT (dim, day, value) DO UPDATE SET shown = r.shown + excluded.shown, dialog_shown = r.dialog_shown + excluded.dialog_shown,
        decisions = r.decisions + excluded.decisions, accepted_all = r.accepted_all + excluded.accepted_all,
        refused_all = r.refused_all + excluded.refused_all, chose = r.chose + excluded.chose;
    ELSIF TG_OP = 'INSERT' THEN
      INSERT INTO insight_rollup_granted AS r (dim, day, value, category, granted)
      SELECT d.dim, t.day, d.value, t.category, sum(s * granted)
      FROM (SELECT 1 AS s, * FROM new_rows) t
      CROSS JOIN LATERAL (VALUES ('', ''), ('region', t.region), ('mode', t.mode), ('lang', t.lang),
        ('device', t.device), ('signal', t.signal), ('arm', t.arm)) d(dim, value)
      GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
      ON CONFLICT (dim, day, value, category) DO UPDATE SET granted = r.granted + excluded.granted;
    ELSE
      INSERT INTO insight_rollup_granted AS r (dim, day, value, category, granted)
      SELECT d.dim, t.day, d.value, t.category, sum(s * granted)
      FROM (SELECT 1 AS s, * FROM new_rows UNION ALL SELECT -1 AS s, * FROM old_rows) t
      CROSS JOIN LATERAL (VALUES ('', ''), ('region', t.region), ('mode', t.mode), ('lang', t.lang),
        ('device', t.device), ('signal', t.signal), ('arm', t.arm)) d(dim, value)
      GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
      ON CONFLICT (dim, day, value, category) DO UPDATE SET granted = r.granted + excluded.granted;
    END IF;
    RETURN NULL;
  END $$;
  -- Counters are only ever added to (erasure and retention leave them): a deletion would leave the
  -- roll-up behind, so the database refuses it.
  CREATE FUNCTION consentry_counters_add_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'consent insight counters are only added to (their roll-up depends on it)'; END $$;
  -- No writer may change the counters between the copy below and the triggers taking over.
  LOCK TABLE insight_counts, insight_granted IN SHARE ROW EXCLUSIVE MODE;
  CREATE TRIGGER insight_counts_rollup_insert AFTER INSERT ON insight_counts
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION consentry_rollup();
  CREATE TRIGGER insight_counts_rollup_update AFTER UPDATE ON insight_counts
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION consentry_rollup();
  CREATE TRIGGER insight_granted_rollup_insert AFTER INSERT ON insight_granted
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION consentry_rollup();
  CREATE TRIGGER insight_granted_rollup_update AFTER UPDATE ON insight_granted
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION consentry_rollup();
  CREATE TRIGGER insight_counts_add_only BEFORE DELETE OR TRUNCATE ON insight_counts
    FOR EACH STATEMENT EXECUTE FUNCTION consentry_counters_add_only();
  CREATE TRIGGER insight_granted_add_only BEFORE DELETE OR TRUNCATE ON insight_granted
    FOR EACH STATEMENT EXECUTE FUNCTION consentry_counters_add_only();
  -- The counters written before this migration, rolled up once: the same sums the triggers make.
  INSERT INTO insight_rollup (dim, day, value, shown, dialog_shown, decisions, accepted_all, refused_all, chose)
    SELECT d.dim, t.day, d.value, sum(shown), sum(dialog_shown), sum(decisions), sum(accepted_all), sum(refused_all), sum(chose)
    FROM insight_counts t CROSS JOIN LATERAL (VALUES ('', ''), ('region', t.region), ('mode', t.mode), ('lang', t.lang),
      ('device', t.device), ('signal', t.signal), ('arm', t.arm)) d(dim, value)
    GROUP BY 1, 2, 3;
  INSERT INTO insight_rollup_granted (dim, day, value, category, granted)
    SELECT d.dim, t.day, d.value, t.category, sum(granted)
    FROM insight_granted t CROSS JOIN LATERAL (VALUES ('', ''), ('region', t.region), ('mode', t.mode), ('lang', t.lang),
      ('device', t.device), ('signal', t.signal), ('arm', t.arm)) d(dim, value)
    GROUP BY 1, 2, 3, 4;
  `,
];

/** The advisory lock key that serialises migrations and partition creation. */
const DDL_LOCK = 0x636f6e73; // "cons"

/** First instant of the UTC month of `date`, plus `add` months. */
const monthStart = (date: Date, add = 0) => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + add, 1));
const partitionName = (date: Date) => `records_${monthStart(date).toISOString().slice(0, 7).replace('-', '_')}`;

/** Creates the month partition holding `date` when missing (call inside a transaction). */
export async function ensurePartition(tx: Sql, date: Date): Promise<string> {
  const name = partitionName(date);
  await tx.query(`SELECT pg_advisory_xact_lock(${DDL_LOCK})`);
  const from = monthStart(date).toISOString();
  const to = monthStart(date, 1).toISOString();
  await tx.query(`CREATE TABLE IF NOT EXISTS ${name} PARTITION OF records FOR VALUES FROM ('${from}') TO ('${to}')`);
  return name;
}

/** Applies the migrations not yet applied and makes this and next month's partitions. */
export async function migrate(db: Db): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(${DDL_LOCK})`);
    await tx.query('CREATE TABLE IF NOT EXISTS consentry_migrations (version int PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
    const { rows } = await tx.query<{ v: number | null }>('SELECT max(version) AS v FROM consentry_migrations');
    const current = Number(rows[0]?.v ?? 0);
    for (let v = current + 1; v <= MIGRATIONS.length; v++) {
      await tx.script(MIGRATIONS[v - 1]);
      await tx.query('INSERT INTO consentry_migrations (version) VALUES ($1)', [v]);
    }
    const now = new Date();
    await ensurePartition(tx, now);
    await ensurePartition(tx, monthStart(now, 1));
    return MIGRATIONS.length;
  });
}

/** A driver that is not installed: the CLI prints its message as one line. */
export class MissingDriver extends Error {}
const missing = (name: string, why: string) =>
  new MissingDriver(`${why} needs the package ${name}, which is not installed (skipped by --omit=optional?): run \`npm install ${name}\``);

/** Opens the embedded database in folder `dir` (created when missing). */
export async function openEmbedded(dir: string): Promise<Db> {
  const { PGlite } = await import('@electric-sql/pglite').catch(() => {
    throw missing('@electric-sql/pglite', 'the embedded database (no DATABASE_URL)');
  });
  const pg = await PGlite.create(dir);
  return {
    kind: 'embedded',
    query: (text, params) => pg.query(text, params) as any,
    script: (text) => pg.exec(text),
    transaction: (fn) => pg.transaction((tx) => fn({ query: (text, params) => tx.query(text, params) as any, script: (text) => tx.exec(text) })),
    close: () => pg.close(),
  };
}

/** Connects to a PostgreSQL server. */
export async function openServer(url: string): Promise<Db> {
  const { default: pg } = await import('pg').catch(() => {
    throw missing('pg', 'DATABASE_URL');
  });
  const pool = new pg.Pool({ connectionString: url, max: 8, connectionTimeoutMillis: 5000 });
  // An idle connection that the server drops (restart, failover) must not crash the collector:
  // the pool discards it and the next query opens a new one.
  pool.on('error', () => {});
  /**
   * Runs `fn` on a connection of its own and gives it back: on failure after a rollback, and
   * released with the error so that the pool discards it. The server going away mid-use is
   * reported by the failing query; the connection's `error` event too must not crash the collector.
   */
  const lease = async <T>(fn: (client: import('pg').PoolClient) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    const ignore = () => {};
    client.on('error', ignore);
    try {
      const result = await fn(client);
      client.off('error', ignore);
      client.release();
      return result;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => {});
      client.off('error', ignore);
      client.release(e as Error);
      throw e;
    }
  };
  return {
    kind: 'server',
    query: (text, params) => pool.query(text, params as any[]) as any,
    script: (text) => pool.query(text),
    transaction: (fn) =>
      lease(async (client) => {
        await client.query('BEGIN');
        const result = await fn({ query: (text, params) => client.query(text, params as any[]) as any, script: (text) => client.query(text) });
        await client.query('COMMIT');
        return result;
      }),
    session: (fn) => lease((client) => fn({ script: async (text) => ([] as any[]).concat(await client.query(text)) })),
    close: () => pool.end(),
  };
}
