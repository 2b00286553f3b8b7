#!/usr/bin/env python3
"""Loads the TPC-H vault in three dated deliveries and checks every model's row count after each.

    python3 load/run_batches.py                          # embedded DuckDB file under target/tpch
    python3 load/run_batches.py --engine postgres --port 5432 --dbt /path/to/venv/bin/dbt

What it does, from the example folder (examples/tpch):
1. Generates TPC-H data at a small scale factor with tpchgen-cli (PyPI), once, into target/tpch/data.
2. Cuts it into three deliveries (load timestamps 2024-01-01, -02, -03) with changes between them: new customers,
   orders and line items per delivery; customers moving to another nation (and back), new phone numbers, retail
   prices and supply quantities; orders and lines whose status moves on; late orders; exact duplicates and
   unchanged re-deliveries (see DELIVERIES below).
3. For each delivery: replaces the raw tables (schema tpch_raw) with that delivery, runs
   `mvn verify -Ddv.dbt.command=build` (the plugin generates the models, then dbt builds them and runs every test),
   and compares the row count of every vault table with a count computed independently from the deliveries: SQL
   over the raw rows delivered so far (see EXPECTED below), never over the vault.

Needs Java, Maven and Python 3. tpchgen-cli is installed into target/tpch/tools when it is not on the PATH. Run
with the Python of your dbt-duckdb venv to use that dbt; from a Python without the duckdb module (or psycopg2, for
PostgreSQL) it creates target/tpch/venv with dbt 1.11, the adapter and duckdb, and runs itself again there.
"""
import argparse
import csv
import os
import shutil
import subprocess
import sys
import time
import venv

EXAMPLE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LOADS = ["2024-01-01 00:00:00", "2024-01-02 00:00:00", "2024-01-03 00:00:00"]
TABLES = ["region", "nation", "customer", "supplier", "part", "partsupp", "orders", "lineitem"]

# The generated TPC-H data as tables gen_<name>; orders (and their lines) fall into deliveries by order date, and
# every 97th order of delivery 1's years arrives late, in delivery 3.
FIRST = "o_orderdate < date '1995-01-01'"
SECOND = "o_orderdate >= date '1995-01-01' and o_orderdate < date '1997-01-01'"
THIRD = "o_orderdate >= date '1997-01-01'"
LATE = f"{FIRST} and o_orderkey % 97 = 0"
# Customers: addresses and balances change in delivery 2 (every tenth), phones in 3 (another tenth); every
# fiftieth moves to another nation in 3, another fiftieth moves in 2 and back in 3 (a relationship reopened).
NEW_ADDRESS = ("case when c_custkey % 10 = 1 then 'moved: ' || c_address else c_address end as c_address,"
               " case when c_custkey % 10 = 1 then c_acctbal + 100 else c_acctbal end as c_acctbal")
CUSTOMER_2 = (f"replace ({NEW_ADDRESS},"
              " case when c_custkey % 50 = 13 then (c_nationkey + 2) % 25 else c_nationkey end as c_nationkey)")
CUSTOMER_3 = (f"replace ({NEW_ADDRESS},"
              " case when c_custkey % 50 = 3 then (c_nationkey + 1) % 25 else c_nationkey end as c_nationkey,"
              " case when c_custkey % 10 = 2 then '99-' || c_phone else c_phone end as c_phone)")


def lines(orders, replace=""):
    return f"select l.* {replace} from gen_lineitem l join gen_orders o on o.o_orderkey = l.l_orderkey where {orders}"


# One SQL query per raw table and delivery over the generated data: what that delivery holds.
DELIVERIES = {
    # Region remarks: two revised in 2; in 3 one of them back to the original, the other unchanged, a third new.
    "region": ["select * from gen_region",
               "select * replace (case when r_regionkey % 2 = 1 then 'revised: ' || r_comment else r_comment end"
               " as r_comment) from gen_region",
               "select * replace (case when r_regionkey = 3 then 'revised: ' || r_comment when r_regionkey = 0"
               " then 'new: ' || r_comment else r_comment end as r_comment) from gen_region"],
    "nation": ["select * from gen_nation"] * 3,
    "supplier": ["select * from gen_supplier"] * 3,
    # Two thirds of the part supplies first, all later; every fifth part's supplies with one less available in 3.
    "partsupp": ["select * from gen_partsupp where ps_partkey % 3 <> 0",
                 "select * from gen_partsupp",
                 "select * replace (ps_availqty - 1 as ps_availqty) from gen_partsupp where ps_partkey % 5 = 0"],
    # Two thirds of the customers first (TPC-H orders never name the other third), all of them later, and a few
    # rows twice in 3 (exact duplicates).
    "customer": ["select * from gen_customer where c_custkey % 3 <> 0",
                 f"select * {CUSTOMER_2} from gen_customer",
                 f"select * {CUSTOMER_3} from gen_customer"
                 " union all select * from gen_customer where c_custkey % 100 = 7"],
    # Parts: all at once; every seventh part's retail price rises in delivery 2 and stays there.
    "part": ["select * from gen_part"]
            + ["select * replace (case when p_partkey % 7 = 0 then p_retailprice + 10 else p_retailprice end"
               " as p_retailprice) from gen_part"] * 2,
    # Orders by order date; in delivery 3 the open orders of delivery 2 come again fulfilled, with their lines,
    # and the late orders arrive.
    "orders": [f"select * from gen_orders where {FIRST} and not ({LATE})",
               f"select * from gen_orders where {SECOND}",
               f"select * from gen_orders where {THIRD} or {LATE} union all select * replace ('F' as o_orderstatus)"
               f" from gen_orders where {SECOND} and o_orderstatus = 'O'"],
    "lineitem": [lines(f"{FIRST} and not ({LATE})"),
                 lines(SECOND),
                 lines(f"{THIRD} or {LATE}") + " union all "
                 + lines(f"{SECOND} and o.o_orderstatus = 'O'", "replace ('F' as l_linestatus)")],
}
# As-of dates of the PIT and bridge (as_of_dates in specs/customers/customer.yml): one a day; delivery n loads on
# day n, so its rows are in effect from as-of day n on.
AS_OF_DAYS = [1, 2, 3]


def delivered_keys(*sources):
    """Distinct non-NULL keys delivered so far, over every table carrying the key."""
    return lambda n: " union ".join(
        f"select distinct {columns} from delivered_{table} where load_number <= {n}"
        f" and {' and '.join(c.strip() + ' is not null' for c in columns.split(','))}"
        for table, columns in sources)


def count(query):
    return lambda n: f"select count(*) from ({query(n)})"


def key_count(*sources):
    """Hub and link rows: one per distinct key (combination) delivered so far."""
    return count(delivered_keys(*sources))


def sat(table, key, payload):
    """Per key, each delivery whose payload differs from the key's previous delivered payload."""
    return lambda n: f"""
        with delivered as (select distinct load_number, {key}, {payload} from delivered_{table}
                           where load_number <= {n}),
             versions as (select md5(cast(row({payload}) as varchar)) as payload_hash,
                                 lag(md5(cast(row({payload}) as varchar))) over (partition by {key}
                                     order by load_number) as previous_hash from delivered)
        select count(*) from versions where previous_hash is null or previous_hash <> payload_hash"""


def effectivity(table, driving_key, secondary_key):
    """Auto end-dating: a driving key's first relationship is one open row; each later change of its secondary
    key is two rows, the old relationship closed and the new one opened (or reopened)."""
    return lambda n: f"""
        with delivered as (select distinct load_number, {driving_key}, {secondary_key} from delivered_{table}
                           where load_number <= {n} and {secondary_key} is not null),
             changes as (select {secondary_key}, lag({secondary_key}) over (partition by {driving_key}
                                order by load_number) as previous from delivered)
        select coalesce(sum(case when previous is null then 1 else 2 end), 0) from changes
        where previous is null or previous <> {secondary_key}"""


def extended_tracking(table, key, *payloads):
    """Every delivery of each tracked payload, a duplicate within one delivery once."""
    return lambda n: "select " + " + ".join(
        f"(select count(*) from (select distinct load_number, {key}, {payload} from delivered_{table}"
        f" where load_number <= {n}))" for payload in payloads)


def per_as_of_date(query):
    return lambda n: f"select count(*) * {len(AS_OF_DAYS)} from ({query(n)})"


def bridge_line_item_customer(n):
    """A row per as-of day and line, with its order and the order's customer, once both links were loaded."""
    days = " union all ".join(f"select {day} as day" for day in AS_OF_DAYS)
    return f"""
        with order_customer as (select o_orderkey, o_custkey, min(load_number) as loaded from delivered_orders
                                where load_number <= {n} group by o_orderkey, o_custkey),
             order_line as (select l_orderkey, l_linenumber, l_partkey, l_suppkey, min(load_number) as loaded
                            from delivered_lineitem where load_number <= {n}
                            group by l_orderkey, l_linenumber, l_partkey, l_suppkey),
             days as ({days})
        select count(*) from order_customer c join order_line l on l.l_orderkey = c.o_orderkey
        join days d on d.day >= greatest(c.loaded, l.loaded)"""


CUSTOMER_KEYS = delivered_keys(("customer", "c_custkey"), ("orders", "o_custkey"))
LINE_ITEM_KEYS = ("lineitem", "l_orderkey, l_linenumber, l_partkey, l_suppkey")
# The relationship of a customer and nation whose latest row is open (end date 9999-12-31) at the end of a load.
OPEN_NATIONS = ("select count(*) from (select nation_end, row_number() over (partition by customer_nation_hk"
                " order by load_timestamp desc) as latest from vault.eff_customer_nation_erp) e"
                " where latest = 1 and cast(nation_end as date) = date '9999-12-31'")

# Every vault table (and one fact about the effectivity satellite): the query over the vault (default: its row
# count) and the query over the deliveries (tables delivered_<name>, by load_number) giving the expected value.
EXPECTED = [
    ("h_region", None, key_count(("region", "r_regionkey"), ("nation", "n_regionkey"))),
    ("h_nation", None, key_count(("nation", "n_nationkey"), ("customer", "c_nationkey"), ("supplier", "s_nationkey"))),
    ("h_customer", None, count(CUSTOMER_KEYS)),
    ("h_supplier", None, key_count(("supplier", "s_suppkey"), ("lineitem", "l_suppkey"), ("partsupp", "ps_suppkey"))),
    ("h_part", None, key_count(("part", "p_partkey"), ("lineitem", "l_partkey"), ("partsupp", "ps_partkey"))),
    ("h_sales_order", None, key_count(("orders", "o_orderkey"), ("lineitem", "l_orderkey"))),
    ("h_line_item", None, key_count(("lineitem", "l_orderkey, l_linenumber"))),
    # reference data keyed by its natural code: a region name once, whatever later deliveries say
    ("ref_region", None, key_count(("region", "r_name"))),
    # its history, keyed by the name: a row per region and change of its remark
    ("ref_s_region", None, sat("region", "r_name", "r_comment")),
    ("l_nation_region", None, key_count(("nation", "n_nationkey, n_regionkey"))),
    ("l_customer_nation", None, key_count(("customer", "c_custkey, c_nationkey"))),
    ("l_supplier_nation", None, key_count(("supplier", "s_suppkey, s_nationkey"))),
    ("l_part_supplier", None, key_count(("partsupp", "ps_partkey, ps_suppkey"))),
    ("l_order_customer", None, key_count(("orders", "o_orderkey, o_custkey"))),
    ("l_line_item_order_part_supplier", None, key_count(LINE_ITEM_KEYS)),
    # a line delivered again (fulfilled) is the same transaction: not stored again
    ("nh_l_line_item_sale", None, key_count(LINE_ITEM_KEYS)),
    ("eff_customer_nation_erp", None, effectivity("customer", "c_custkey", "c_nationkey")),
    ("eff_customer_nation_erp open", OPEN_NATIONS, key_count(("customer", "c_custkey"))),
    ("s_region_details_erp", None, sat("region", "r_regionkey", "r_name, r_comment")),
    ("s_nation_details_erp", None, sat("nation", "n_nationkey", "n_name, n_comment")),
    ("s_customer_contact_erp", None, sat("customer", "c_custkey", "c_name, c_address, c_phone")),
    ("s_customer_account_erp", None, sat("customer", "c_custkey", "c_acctbal, c_mktsegment")),
    ("xts_customer_erp", None, extended_tracking("customer", "c_custkey", "c_name, c_address, c_phone",
                                                 "c_acctbal, c_mktsegment")),
    ("s_supplier_details_erp", None, sat("supplier", "s_suppkey", "s_name, s_address, s_phone, s_acctbal")),
    ("s_part_details_erp", None, sat("part", "p_partkey", "p_name, p_mfgr, p_brand, p_type, p_size, p_container,"
                                                          " p_retailprice")),
    ("ls_part_supplier_supply_terms_erp_partsupp", None, sat("partsupp", "ps_partkey, ps_suppkey",
                                                             "ps_availqty, ps_supplycost")),
    ("s_sales_order_details_erp", None, sat("orders", "o_orderkey", "o_orderstatus, o_totalprice, o_orderdate,"
                                                                    " o_orderpriority, o_clerk")),
    ("s_line_item_status_erp", None, sat("lineitem", "l_orderkey, l_linenumber",
                                         "l_returnflag, l_linestatus, l_shipdate, l_shipmode")),
    ("as_of_date", None, lambda n: f"select {len(AS_OF_DAYS)}"),
    ("pit_customer", None, per_as_of_date(CUSTOMER_KEYS)),
    ("bridge_line_item_customer", None, bridge_line_item_customer),
]


def main():
    args = parse_args()
    ensure_tools(args)
    import duckdb
    work = os.path.join(EXAMPLE, "target", "tpch")
    data = os.path.join(work, "data")
    if not os.path.exists(os.path.join(data, "lineitem.csv")):
        os.makedirs(data, exist_ok=True)
        run([tool("tpchgen-cli"), "csv", "-s", str(args.scale), "--output-dir=" + data])
    deliveries = os.path.join(work, "deliveries.duckdb")
    for stale in (deliveries, deliveries + ".wal"):
        if os.path.exists(stale):
            os.remove(stale)
    history = duckdb.connect(deliveries)
    for table in TABLES:
        history.execute(f"create or replace table gen_{table} as select * from read_csv_auto('{data}/{table}.csv')")
        history.execute(f"create or replace table delivered_{table} as select *, 0 as load_number"
                        f" from gen_{table} where false")
    engine = Engine.create(args, work)
    results = []
    for number, load in enumerate(LOADS, start=1):
        for table in TABLES:
            query = DELIVERIES[table][number - 1]
            history.execute(f"insert into delivered_{table} select *, {number} from ({query})")
            engine.replace(table, history, f"select *, timestamp '{load}' as load_timestamp from ({query})")
        print(f"delivery {number} ({load}) loaded into tpch_raw; mvn verify -Ddv.dbt.command=build ...", flush=True)
        started = time.monotonic()
        mvn(args, engine)
        print(f"delivery {number} generated, built and tested in {time.monotonic() - started:.0f} s", flush=True)
        results.append({label: (engine.value(vault_query or f"select count(*) from vault.{label}"),
                                history.execute(expected(number)).fetchone()[0])
                        for label, vault_query, expected in EXPECTED})
    report(results)
    engine.close()
    if any(actual != wanted for load in results for actual, wanted in load.values()):
        sys.exit("row counts differ from the counts computed from the deliveries (see the table above)")
    print("every vault table holds the rows the deliveries imply, after each of the three loads")


def report(results):
    width = max(len(label) for label, _, _ in EXPECTED)
    print(f"{'model':<{width}}  " + "  ".join(f"{'load ' + str(n):>15}" for n in range(1, len(results) + 1)))
    for label, _, _ in EXPECTED:
        cells = []
        for load in results:
            actual, wanted = load[label]
            cells.append(f"{actual:>15}" if actual == wanted else f"{str(actual) + ' != ' + str(wanted):>15}")
        print(f"{label:<{width}}  " + "  ".join(cells))


def mvn(args, engine):
    command = [args.mvn, "-B", "-q", "-Dstyle.color=never", "verify", "-Ddv.dbt.command=build",
               "-Ddv.dbt.force=true", "-Ddv.dbt.profilesDir=" + engine.profiles] + args.maven_arg
    if args.dbt:
        command.append("-Ddv.dbt.executable=" + args.dbt)
    run(command, cwd=EXAMPLE)


class Engine:
    @staticmethod
    def create(args, work):
        return Postgres(args, work) if args.engine == "postgres" else DuckDb(work)

    def write_profile(self, work, output):
        self.profiles = os.path.join(work, "profiles-" + output["type"])
        os.makedirs(self.profiles, exist_ok=True)
        lines = ["tpch_vault:", "  target: tpch", "  outputs:", "    tpch:"]
        lines += [f"      {key}: {value!r}" if isinstance(value, str) else f"      {key}: {value}"
                  for key, value in output.items()]
        with open(os.path.join(self.profiles, "profiles.yml"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")


class DuckDb(Engine):
    def __init__(self, work):
        import duckdb
        self.path = os.path.join(work, "tpch_vault.duckdb")
        for stale in (self.path, self.path + ".wal"):
            if os.path.exists(stale):
                os.remove(stale)
        self.duckdb = duckdb
        self.write_profile(work, {"type": "duckdb", "path": self.path, "schema": "vault", "threads": 2})

    def replace(self, table, history, query):
        # The vault file is attached only while a delivery is written: dbt needs it to itself afterwards.
        history.execute(f"attach '{self.path}' as tpch_vault")
        try:
            history.execute("create schema if not exists tpch_vault.tpch_raw")
            history.execute(f"create or replace table tpch_vault.tpch_raw.{table} as {query}")
        finally:
            history.execute("detach tpch_vault")

    def value(self, query):
        with self.duckdb.connect(self.path, read_only=True) as con:
            return con.execute(query).fetchone()[0]

    def close(self):
        pass


class Postgres(Engine):
    def __init__(self, args, work):
        import psycopg2
        admin = psycopg2.connect(host=args.host, port=args.port, user=args.user, dbname="postgres")
        admin.autocommit = True
        with admin.cursor() as cursor:
            cursor.execute("select 1 from pg_database where datname = %s", (args.database,))
            if cursor.fetchone() is None:
                cursor.execute(f'create database "{args.database}"')
        admin.close()
        self.connection = psycopg2.connect(host=args.host, port=args.port, user=args.user, dbname=args.database)
        self.connection.autocommit = True
        with self.connection.cursor() as cursor:
            cursor.execute("drop schema if exists tpch_raw cascade; drop schema if exists vault cascade;"
                           " create schema tpch_raw")
        self.write_profile(work, {"type": "postgres", "host": args.host, "port": args.port, "user": args.user,
                                  "password": os.environ.get("PGPASSWORD", ""), "dbname": args.database,
                                  "schema": "vault", "threads": 2})

    def replace(self, table, history, query):
        import io
        rows = history.execute(query).fetchall()
        columns = [d[0] for d in history.description]
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerows(["\\N" if v is None else v for v in row] for row in rows)
        buffer.seek(0)
        types = {"load_timestamp": "timestamp"}
        with self.connection.cursor() as cursor:
            # Emptied, not dropped: the staging views depend on the raw tables.
            cursor.execute(f"create table if not exists tpch_raw.{table} ("
                           + ", ".join(f"{c} {types.get(c, 'text')}" for c in columns) + ")")
            cursor.execute(f"truncate tpch_raw.{table}")
            cursor.copy_expert(f"copy tpch_raw.{table} from stdin with (format csv, null '\\N')", buffer)

    def value(self, query):
        with self.connection.cursor() as cursor:
            cursor.execute(query)
            return cursor.fetchone()[0]

    def close(self):
        self.connection.close()


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--engine", choices=["duckdb", "postgres"], default="duckdb")
    parser.add_argument("--scale", type=float, default=0.01, help="TPC-H scale factor (default 0.01)")
    parser.add_argument("--dbt", help="dbt executable with the engine's adapter (default: the plugin's choice)")
    parser.add_argument("--mvn", default=shutil.which("mvn") or "mvn")
    parser.add_argument("--maven-arg", action="append", default=[], help="extra Maven argument (repeatable)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=5432)
    parser.add_argument("--user", default=os.environ.get("PGUSER", "postgres"))
    parser.add_argument("--database", default=os.environ.get("PGDATABASE", "tpch_vault"))
    return parser.parse_args()


TOOLS = os.path.join(EXAMPLE, "target", "tpch", "tools")
VENV = os.path.join(EXAMPLE, "target", "tpch", "venv")


def tool(name):
    for folder in (os.path.dirname(sys.executable), os.path.join(TOOLS, "bin")):
        if os.path.exists(os.path.join(folder, name)):
            return os.path.join(folder, name)
    return shutil.which(name)


def ensure_tools(args):
    """tpchgen-cli into target/tpch/tools when missing; without the duckdb module (or psycopg2 for PostgreSQL) in
    this Python, a venv target/tpch/venv with dbt, its adapter, duckdb and tpchgen-cli, and a run inside it."""
    if not tool("tpchgen-cli"):
        pip_venv(TOOLS, ["tpchgen-cli>=2"])
    modules = ["duckdb"] + (["psycopg2"] if args.engine == "postgres" else [])
    if all(importable(m) for m in modules):
        return
    python = os.path.join(VENV, "bin", "python")
    if os.path.abspath(sys.executable) == os.path.abspath(python):
        sys.exit(f"{VENV} lacks {', '.join(m for m in modules if not importable(m))}")
    # dbt-duckdb brings the duckdb module, so the vault file is written and read by one DuckDB version.
    adapters = ["dbt-duckdb==1.11.*"] + (["dbt-postgres", "psycopg2-binary"] if args.engine == "postgres" else [])
    pip_venv(VENV, ["dbt-core==1.11.*"] + adapters)
    arguments = sys.argv[1:] if "--dbt" in sys.argv else sys.argv[1:] + ["--dbt", os.path.join(VENV, "bin", "dbt")]
    os.execv(python, [python, os.path.abspath(__file__)] + arguments)


def pip_venv(home, packages):
    if not os.path.exists(os.path.join(home, "bin", "python")):
        print(f"creating {home} for {', '.join(packages)}", flush=True)
        venv.create(home, with_pip=True)
    run([os.path.join(home, "bin", "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
        + packages)


def importable(module):
    try:
        __import__(module)
        return True
    except ImportError:
        return False


def run(command, cwd=None):
    completed = subprocess.run(command, cwd=cwd)
    if completed.returncode != 0:
        sys.exit(f"failed ({completed.returncode}): {' '.join(command)}")


if __name__ == "__main__":
    main()
