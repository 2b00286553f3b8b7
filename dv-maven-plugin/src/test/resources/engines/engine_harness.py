"""Runs a generated dbt project on one warehouse engine over several incremental loads.

Usage: python engine_harness.py <engine> <plan.json> <result.json>

The plan (written by WarehouseEnginesTest) names the project, the profiles directory, the raw tables with their
columns, the rows of every load, and the vault tables to fingerprint. For each load the harness replaces the rows
of every raw table with that load's delivery, runs `dbt build` in this process (so Spark keeps one session), and
fingerprints every vault table (and returns the normalised rows of the tables listed in dumpTables). Engines:
duckdb, postgres, snowflake (fakesnow server), spark (session mode).

Fingerprint of a table: its row count and a SHA-256 over the sorted SHA-256 digests of its rows, where a row is
its columns sorted by lower-case name, each value normalised so that engines agree: binary -> lower-case hex,
hash-key / hashdiff text and any other 32- or 64-digit hex text -> lower case (AutomateDV stores upper-case hex text on DuckDB and Spark, binary on
PostgreSQL and Snowflake), the ghost pointer '000...' stored as binary -> its text, timestamps -> ISO text
without a zone (any in year 9999: the open end, whose precision AutomateDV sets per engine), NULL -> \\N.

A plan may also name check queries (kind scenarios, KindScenariosTest): after each load every query runs, with
{vault} replaced by the models' schema, and its rows are returned as JSON values (see `json_value`).

A batch plan ({"work": dir, "plans": [{"label": name, "plan": file, "result": file}, ...]}) runs several plans one after the
other on one engine (one Spark session, one fakesnow server), each with its own dbt project: the engine is
started once (the slow part for Spark), and before each plan the previous plan's schemas are dropped (Spark) or
a database of the plan's own is used (Snowflake). A plan that fails writes its error as its result; the rest run.
"""
import contextlib
import datetime
import decimal
import hashlib
import json
import os
import re
import sys
import time
import traceback

ENGINE, PLAN_FILE, RESULT_FILE = sys.argv[1], sys.argv[2], sys.argv[3]
with open(PLAN_FILE, encoding="utf-8") as f:
    PLAN = json.load(f)
HASH_COLUMN = re.compile(r"(_hk|_hashdiff)$")
# hash values in columns named otherwise (a PIT's satellite pointers, an XTS hashdiff, a bridge's link keys)
HEX_HASH = re.compile(r"[0-9A-Fa-f]{32}|[0-9A-Fa-f]{64}")
SUMMARY = re.compile(r"Done\. PASS=(\d+) WARN=(\d+) ERROR=(\d+) SKIP=(\d+)(?: NO-OP=\d+)? TOTAL=(\d+)")


def log(message):
    print(f"[{ENGINE}] {message}", flush=True)


def normalise(column, value):
    if value is None:
        return "\\N"
    if isinstance(value, (bytes, bytearray, memoryview)):
        raw = bytes(value)
        # AutomateDV's ghost pointer on PostgreSQL and Snowflake is the text '000...' cast to binary: its characters
        if raw and raw == b"0" * len(raw):
            return raw.decode("ascii")
        return raw.hex()
    if isinstance(value, datetime.datetime):
        if value.year == 9999:
            return "9999-12-31 (open end)"  # AutomateDV's max datetime has .999 on PostgreSQL, .999999 elsewhere
        return value.replace(tzinfo=None).isoformat(sep=" ")
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return format(value.normalize(), "f")
    text = str(value)
    return text.lower() if HASH_COLUMN.search(column) or HEX_HASH.fullmatch(text) else text


def json_value(column, value):
    """A check query's value as JSON: numbers stay numbers (decimals as trimmed text), times as text."""
    if value is None or isinstance(value, (bool, int)):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else value
    if isinstance(value, decimal.Decimal):
        text = format(value.normalize(), "f")
        return text
    if isinstance(value, datetime.datetime):
        return value.replace(tzinfo=None).isoformat(sep=" ")
    return normalise(column.lower(), value)


def fingerprint(columns, rows):
    names = [c.lower() for c in columns]
    order = sorted(range(len(names)), key=lambda i: names[i])
    digests = sorted(
        hashlib.sha256("\x1f".join(names[i] + "=" + normalise(names[i], row[i]) for i in order)
                       .encode("utf-8")).hexdigest()
        for row in rows)
    return {"rows": len(digests), "sha256": hashlib.sha256("\n".join(digests).encode("ascii")).hexdigest()[:16]}


def run_dbt(project, profiles, extra_env, dbt_vars=None):
    from dbt.cli.main import dbtRunner
    os.environ.update(extra_env)
    lines = []

    def on_event(event):
        message = event.info.msg
        if event.info.name in ("EndOfRunSummary", "StatsLine") or SUMMARY.search(str(message)):
            lines.append(str(message))
        if event.info.level in ("error",) and event.info.name not in ("RunResultErrorNoMessage",):
            print(f"[{ENGINE}] dbt: {message}", flush=True)

    started = time.monotonic()
    result = dbtRunner(callbacks=[on_event]).invoke(
        ["build", "--project-dir", project, "--profiles-dir", profiles, "--target", "engine", "--no-use-colors",
         "--log-format", "text"] + (["--vars", json.dumps(dbt_vars)] if dbt_vars else []))
    elapsed = time.monotonic() - started
    counts = {"PASS": 0, "WARN": 0, "ERROR": 0, "SKIP": 0, "TOTAL": 0}
    for line in lines:
        match = SUMMARY.search(line)
        if match:
            counts = dict(zip(["PASS", "WARN", "ERROR", "SKIP", "TOTAL"], map(int, match.groups())))
    if result.result is not None and not lines:
        statuses = [str(r.status).lower() for r in result.result]
        counts["PASS"] = sum(s in ("pass", "success") for s in statuses)
        counts["ERROR"] = sum(s in ("error", "fail") for s in statuses)
        counts["SKIP"] = sum(s == "skipped" for s in statuses)
        counts["TOTAL"] = len(statuses)
    if not result.success and counts["ERROR"] == 0:
        counts["ERROR"] = 1
        print(f"[{ENGINE}] dbt build failed: {result.exception}", flush=True)
    return counts, elapsed


class Engine:
    """Loads raw rows and reads vault tables through one engine's DB-API connection."""

    placeholder = "%s"

    def ident(self, name):
        return '"' + name.replace('"', '""') + '"'

    def table(self, schema, name):
        return self.ident(schema) + "." + self.ident(name)

    TYPES = {"timestamp": "TIMESTAMP", "date": "DATE", "integer": "INTEGER", "decimal": "DECIMAL(18,4)"}

    def column_type(self, kind):
        return self.TYPES.get(kind, "VARCHAR")

    def execute(self, sql, params=None):
        cursor = self.connection.cursor()
        cursor.execute(sql, params) if params is not None else cursor.execute(sql)
        return cursor

    def create_raw(self, table):
        self.execute(f"CREATE SCHEMA IF NOT EXISTS {self.ident(table['schema'])}")
        columns = ", ".join(f"{self.ident(c['name'])} {self.column_type(c['type'])}" for c in table["columns"])
        self.execute(f"DROP TABLE IF EXISTS {self.table(table['schema'], table['name'])}")
        self.execute(f"CREATE TABLE {self.table(table['schema'], table['name'])} ({columns})")

    def replace_rows(self, table, rows):
        target = self.table(table["schema"], table["name"])
        self.execute(f"DELETE FROM {target}")
        names = ", ".join(self.ident(c["name"]) for c in table["columns"])
        marks = ", ".join(self.placeholder for _ in table["columns"])
        if rows:  # an empty delivery only empties the table (DuckDB's executemany refuses an empty list)
            cursor = self.connection.cursor()
            cursor.executemany(f"INSERT INTO {target} ({names}) VALUES ({marks})",
                               [self.values(table, r) for r in rows])
        self.commit()

    def values(self, table, row):
        return [raw_value(c["type"], v) for c, v in zip(table["columns"], row)]

    def commit(self):
        self.connection.commit()

    def rollback(self):
        with contextlib.suppress(Exception):
            self.connection.rollback()

    def read(self, schema, name):
        cursor = self.execute(f"SELECT * FROM {self.table(schema, name)}")
        return [d[0] for d in cursor.description], cursor.fetchall()

    def query(self, sql):
        """Rows of a check query, sorted, so that engines compare equal."""
        return sorted(self.execute(sql).fetchall(), key=lambda row: [str(v) for v in row])

    def close(self):
        self.connection.close()

    def start_plan(self, plan):
        """Before a plan of a batch: leave nothing of the previous plan that this one could see."""
        raise NotImplementedError(f"{ENGINE} runs one plan per process")


def raw_value(kind, value):
    if value is None:
        return None
    if kind == "timestamp":
        return datetime.datetime.fromisoformat(value)
    if kind == "date":
        return datetime.date.fromisoformat(value)
    if kind == "integer":
        return int(value)
    if kind == "decimal":
        return decimal.Decimal(str(value))
    return value


class DuckDb(Engine):
    placeholder = "?"

    def __init__(self):
        import duckdb
        # the file name is the catalog name: a plan whose sources name a database chooses it
        self.path = os.path.join(PLAN["work"], PLAN.get("duckdbFile", "engine.duckdb"))
        for stale in (self.path, self.path + ".wal"):
            if os.path.exists(stale):
                os.remove(stale)
        self.connect()

    def connect(self):
        import duckdb
        self.connection = duckdb.connect(self.path)

    def profile(self):
        return {"type": "duckdb", "path": self.path, "schema": "dv", "threads": 2}

    def before_dbt(self):
        self.connection.close()  # one writer at a time

    def after_dbt(self):
        self.connect()


class Postgres(Engine):
    def __init__(self):
        import psycopg2
        self.port = int(os.environ["DV_ENGINE_POSTGRES_PORT"])
        self.database = PLAN.get("postgresDatabase") or os.environ.get("DV_ENGINE_POSTGRES_DATABASE", "dv_vault")
        admin = psycopg2.connect(host="127.0.0.1", port=self.port, user="dv", dbname="postgres")
        admin.autocommit = True
        cursor = admin.cursor()
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", (self.database,))
        if cursor.fetchone() is None:
            cursor.execute(f"CREATE DATABASE {self.ident(self.database)}")
        admin.close()
        self.connection = psycopg2.connect(host="127.0.0.1", port=self.port, user="dv", dbname=self.database)
        for (schema,) in self.execute("SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%%'"
                                      " AND nspname NOT IN ('information_schema', 'public')").fetchall():
            self.execute(f"DROP SCHEMA {self.ident(schema)} CASCADE")
        self.commit()

    def profile(self):
        return {"type": "postgres", "host": "127.0.0.1", "port": self.port, "user": "dv", "password": "",
                "dbname": self.database, "schema": "dv", "threads": 2}

    def before_dbt(self):
        self.commit()

    def after_dbt(self):
        pass


# fakesnow gaps, worked around here in the server (never in the generated project); docs/warehouses.md lists them.
FAKESNOW_REWRITES = [
    # 1. BINARY(n): DuckDB's BLOB takes no length ("Type BLOB does not take any type parameters").
    (re.compile(r"\bBINARY\s*\(\s*\d+\s*\)", re.IGNORECASE), "BINARY"),
    # 2. dbt-snowflake's incremental step creates "temporary view DB.SCHEMA.x__dbt_tmp"; DuckDB allows temporary
    #    objects only in its temp catalog. A plain view of that name serves the same purpose (replaced each run).
    (re.compile(r"\b(create\s+or\s+replace\s+)temporary\s+(view|table)\b", re.IGNORECASE), r"\1\2"),
]


def patch_fakesnow():
    from fakesnow import cursor as fakesnow_cursor
    original = fakesnow_cursor.FakeSnowflakeCursor.execute

    def execute(self, command, *args, **kwargs):
        for pattern, replacement in FAKESNOW_REWRITES:
            command = pattern.sub(replacement, command)
        return original(self, command, *args, **kwargs)

    fakesnow_cursor.FakeSnowflakeCursor.execute = execute


class Snowflake(Engine):
    """The Snowflake dialect through a fakesnow server (DuckDB underneath) that this process starts."""

    placeholder = "%s"

    def __init__(self):
        import fakesnow
        import snowflake.connector
        patch_fakesnow()
        self.database = "DV_VAULT"
        self.server = contextlib.ExitStack()
        # The server's shared in-memory database: every connection (this one and dbt's) sees the same tables.
        self.kwargs = self.server.enter_context(fakesnow.server())
        self.connection = snowflake.connector.connect(**self.kwargs, database=self.database)
        self.use_database(self.database)

    def use_database(self, database):
        self.database = database
        self.execute(f"CREATE DATABASE IF NOT EXISTS {database}")
        self.execute(f"USE DATABASE {database}")

    def start_plan(self, plan):
        self.use_database(plan.get("snowflakeDatabase", "DV_VAULT"))

    def ident(self, name):
        return name.upper()

    TYPES = dict(Engine.TYPES, timestamp="TIMESTAMP_NTZ")

    def profile(self):
        # fakesnow listens on plain HTTP on 127.0.0.1; dbt-snowflake passes host/port/protocol to the connector.
        return {"type": "snowflake", "account": "fakesnow", "user": "fake", "password": "snow",
                "host": self.kwargs["host"], "port": self.kwargs["port"], "protocol": "http",
                "database": self.database, "warehouse": "DV_WH", "role": "DV_ROLE", "schema": "DV",
                "threads": 1, "insecure_mode": True}

    def before_dbt(self):
        self.commit()

    def after_dbt(self):
        pass

    def close(self):
        self.connection.close()
        self.server.close()


class Spark(Engine):
    """Spark in this process (local[2], Hive metastore in the work folder); dbt-spark's session mode reuses it."""

    def __init__(self):
        from pyspark.sql import SparkSession
        warehouse = os.path.join(PLAN["work"], "spark-warehouse")
        metastore = os.path.join(PLAN["work"], "metastore_db")
        self.spark = (SparkSession.builder.master("local[2]").appName("dv-engines")
                      .config("spark.sql.warehouse.dir", warehouse)
                      .config("spark.driver.extraJavaOptions", f"-Dderby.system.home={PLAN['work']}")
                      .config("javax.jdo.option.ConnectionURL", f"jdbc:derby:;databaseName={metastore};create=true")
                      .config("spark.sql.shuffle.partitions", "2")
                      .config("spark.ui.enabled", "false")
                      .config("spark.sql.session.timeZone", "UTC")
                      .enableHiveSupport().getOrCreate())
        self.spark.sparkContext.setLogLevel("ERROR")

    def ident(self, name):
        return "`" + name.replace("`", "``") + "`"

    SPARK_TYPES = {"timestamp": "TIMESTAMP", "date": "DATE", "integer": "INT", "decimal": "DECIMAL(18,4)"}

    def column_type(self, kind):
        return self.SPARK_TYPES.get(kind, "STRING")

    def execute(self, sql, params=None):
        return self.spark.sql(sql)

    def create_raw(self, table):
        self.spark.sql(f"CREATE DATABASE IF NOT EXISTS {self.ident(table['schema'])}")
        columns = ", ".join(f"{self.ident(c['name'])} {self.column_type(c['type'])}" for c in table["columns"])
        self.spark.sql(f"DROP TABLE IF EXISTS {self.table(table['schema'], table['name'])}")
        self.spark.sql(f"CREATE TABLE {self.table(table['schema'], table['name'])} ({columns}) USING parquet")

    def replace_rows(self, table, rows):
        from pyspark.sql import types
        spark_types = {"timestamp": types.TimestampType(), "date": types.DateType(),
                       "integer": types.IntegerType(), "decimal": types.DecimalType(18, 4)}
        schema = types.StructType([types.StructField(c["name"], spark_types.get(c["type"], types.StringType()))
                                   for c in table["columns"]])
        frame = self.spark.createDataFrame([self.values(table, r) for r in rows], schema)
        frame.write.insertInto(self.table(table["schema"], table["name"]), overwrite=True)

    def read(self, schema, name):
        frame = self.spark.table(self.table(schema, name))
        return frame.columns, [tuple(r) for r in frame.collect()]

    def query(self, sql):
        return sorted([tuple(r) for r in self.spark.sql(sql).collect()], key=lambda row: [str(v) for v in row])

    def profile(self):
        return {"type": "spark", "method": "session", "host": "localhost", "schema": "dv", "threads": 1}

    def start_plan(self, plan):
        for row in self.spark.sql("SHOW DATABASES").collect():
            if row[0] != "default":
                self.spark.sql(f"DROP DATABASE {self.ident(row[0])} CASCADE")

    def before_dbt(self):
        pass

    def after_dbt(self):
        pass

    def close(self):
        self.spark.stop()


ENGINES = {"duckdb": DuckDb, "postgres": Postgres, "snowflake": Snowflake, "spark": Spark}


def write_profile(engine, plan):
    profiles = os.path.join(plan["work"], "profiles")
    os.makedirs(profiles, exist_ok=True)
    outputs = {"engine": engine.profile()}
    with open(os.path.join(profiles, "profiles.yml"), "w", encoding="utf-8") as f:
        json.dump({plan["profile"]: {"target": "engine", "outputs": outputs}}, f, indent=2)  # JSON is YAML
    return profiles


def run_checks(engine, schema, checks):
    """A list of {name, sql} (kind scenarios: typed rows in query order, or the error) or a map name -> sql
    (StagingOptionsEnginesTest: rows as normalised text, sorted)."""
    if isinstance(checks, dict):
        return {name: [[normalise("", v) for v in row] for row in engine.query(sql)] for name, sql in checks.items()}
    return {check["name"]: run_check(engine, schema, check["sql"]) for check in checks}


def run_check(engine, schema, sql):
    try:
        cursor = engine.execute(sql.replace("{vault}", engine.ident(schema)))
        if hasattr(cursor, "collect"):  # Spark
            frame = cursor
            columns, rows = frame.columns, [tuple(r) for r in frame.collect()]
        else:
            columns, rows = [d[0] for d in cursor.description], cursor.fetchall()
        return {"rows": [[json_value(c, v) for c, v in zip(columns, row)] for row in rows]}
    except Exception as error:  # reported to the test, which fails with the query and the message
        engine.rollback()
        return {"error": f"{type(error).__name__}: {error}".strip()}


def run_plan(engine, plan, result_file, label=""):
    started = time.monotonic()
    profiles = write_profile(engine, plan)
    profile = engine.profile()
    for table in plan["rawTables"]:
        engine.create_raw(table)
    result = {"engine": ENGINE, "loads": []}
    for number, load in enumerate(plan["loads"], start=1):
        for table in plan["rawTables"]:
            engine.replace_rows(table, load["rows"].get(table["schema"] + "." + table["name"], []))
        engine.before_dbt()
        counts, elapsed = run_dbt(plan["project"], profiles, plan.get("env", {}), load.get("vars"))
        engine.after_dbt()
        log(f"{label}load {number}: dbt build PASS={counts['PASS']} WARN={counts['WARN']} ERROR={counts['ERROR']}"
            f" SKIP={counts['SKIP']} TOTAL={counts['TOTAL']} in {elapsed:.1f} s")
        tables = {}
        checks = {}
        if counts["ERROR"] == 0:
            for name in plan["vaultTables"]:
                columns, rows = engine.read(profile["schema"], name)
                tables[name] = fingerprint(columns, rows)
                if name in plan.get("dumpTables", []):
                    names = [c.lower() for c in columns]
                    tables[name]["values"] = sorted(
                        [{n: normalise(n, v) for n, v in zip(names, row)} for row in rows], key=json.dumps)
            checks = run_checks(engine, profile["schema"], plan.get("checks", []))
        result["loads"].append({"build": counts, "seconds": round(elapsed, 1), "tables": tables,
                                "checks": checks})
        if counts["ERROR"]:
            break
    result["seconds"] = round(time.monotonic() - started, 1)
    with open(result_file, "w", encoding="utf-8") as f:
        json.dump(result, f, indent=2, sort_keys=True)
    log(f"{label}done in {result['seconds']} s")


def read_plan(file):
    with open(file, encoding="utf-8") as f:
        return json.load(f)


def main():
    engine = ENGINES[ENGINE]()
    if "plans" not in PLAN:
        run_plan(engine, PLAN, RESULT_FILE)
        engine.close()
        return
    started = time.monotonic()
    for entry in PLAN["plans"]:
        plan = read_plan(entry["plan"])
        label = entry.get("label", "") + ": "
        try:
            engine.start_plan(plan)
            run_plan(engine, plan, entry["result"], label)
        except Exception as error:  # this plan's result says why; the next plans still run
            log(f"{label}failed: {type(error).__name__}: {error}")
            traceback.print_exc()
            with open(entry["result"], "w", encoding="utf-8") as f:
                json.dump({"engine": ENGINE, "loads": [], "error": f"{type(error).__name__}: {error}"}, f)
    engine.close()
    with open(RESULT_FILE, "w", encoding="utf-8") as f:
        json.dump({"engine": ENGINE, "seconds": round(time.monotonic() - started, 1)}, f)
    log(f"batch of {len(PLAN['plans'])} plans done in {time.monotonic() - started:.1f} s")


if __name__ == "__main__":
    main()
