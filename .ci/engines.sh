#!/usr/bin/env bash
# Warehouse engines for the engine matrix test (WarehouseEnginesTest): pinned adapter venvs cached under
# $HOME/.cache, and a throwaway PostgreSQL cluster on a free port of 127.0.0.1. Sourced by .ci/run; every
# install failure stops CI (set -e), nothing is skipped silently.
#   engines_install        installs (once) the venvs and exports DV_ENGINE_<NAME>_PYTHON for each engine (and for
#                          sqlserver and bigquery, compiled without a server)
#   engines_start_postgres initdb + start; exports DV_ENGINE_POSTGRES_PORT; engines_stop_postgres stops it
# Call them in the current shell, not in a pipeline (`engines_install | tail` runs in a subshell and its exports
# are lost, so the engine tests then skip).

ENGINES_CACHE="${DV_CI_ENGINES_CACHE:-$HOME/.cache/dv-maven-plugin-ci}"
# Versions proven to install from PyPI alone and to run the member example with AutomateDV 0.11.5.
ENGINES_DBT_CORE='dbt-core==1.10.23'
ENGINES_POSTGRES_PACKAGES=("$ENGINES_DBT_CORE" 'dbt-postgres==1.10.2' 'psycopg2-binary==2.9.13')
ENGINES_SNOWFLAKE_PACKAGES=("$ENGINES_DBT_CORE" 'dbt-snowflake==1.10.8' 'fakesnow[server]==0.12.1'
  'snowflake-connector-python==4.8.0' 'duckdb==2.0.1' 'sqlglot==30.22.0')
# pyspark 4.3 parses QUALIFY (AutomateDV's Databricks SQL uses it; Spark 3.5 does not); dbt-spark's session
# mode needs only pyspark, so its [session] extra (pyspark<4) is left out.
ENGINES_SPARK_PACKAGES=("$ENGINES_DBT_CORE" 'dbt-spark==1.10.3' 'pyspark==4.3.0')
# Compiled only (CompiledTargetsTest; no server here): dbt-sqlserver needs unixODBC's libodbc.so.2 (apt libodbc2)
# to import pyodbc, not an ODBC driver, since nothing connects.
ENGINES_SQLSERVER_PACKAGES=("$ENGINES_DBT_CORE" 'dbt-sqlserver==1.10.1')
ENGINES_BIGQUERY_PACKAGES=("$ENGINES_DBT_CORE" 'dbt-bigquery==1.10.3')

engines_venv() { # name packages...
  local name="$1"; shift
  local venv="$ENGINES_CACHE/engine-$name"
  local stamp="$venv/.dv-packages"
  if [ ! -x "$venv/bin/python" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$*" ]; then
    echo "Installing the $name engine into $venv: $*"
    rm -rf "$venv"
    python3 -m venv "$venv"
    if ! "$venv/bin/pip" install --quiet --disable-pip-version-check "$@"; then
      echo "ERROR: cannot install the $name engine ($*)" >&2
      return 1
    fi
    echo "$*" > "$stamp"
  fi
  "$venv/bin/python" -c 'import dbt.version; print("engine python '"$name"': dbt-core", dbt.version.__version__)'
  export "DV_ENGINE_$(echo "$name" | tr a-z A-Z)_PYTHON=$venv/bin/python"
}

engines_install() {
  engines_venv postgres "${ENGINES_POSTGRES_PACKAGES[@]}"
  engines_venv snowflake "${ENGINES_SNOWFLAKE_PACKAGES[@]}"
  engines_venv spark "${ENGINES_SPARK_PACKAGES[@]}"
  if ! ldconfig -p | grep -q 'libodbc\.so\.2'; then
    echo "Installing unixODBC's libodbc2 (apt) for dbt-sqlserver"
    local sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
    $sudo apt-get -o DPkg::Lock::Timeout=600 update -qq
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq libodbc2 >/dev/null
  fi
  engines_venv sqlserver "${ENGINES_SQLSERVER_PACKAGES[@]}"
  engines_venv bigquery "${ENGINES_BIGQUERY_PACKAGES[@]}"
  command -v java >/dev/null || { echo "ERROR: Spark needs Java 17 on the PATH" >&2; return 1; }
  # DuckDB runs in the dbt venv .ci/run provisions (dbt-duckdb).
  export DV_ENGINE_DUCKDB_PYTHON="${DV_ENGINE_DUCKDB_PYTHON:-$(dirname "$(command -v dbt)")/python}"
  export DV_ENGINES_REQUIRED=duckdb,postgres,snowflake,spark,sqlserver,bigquery
}

engines_start_postgres() {
  local bin
  if ! bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1) || [ -z "$bin" ]; then
    echo "Installing PostgreSQL (apt)"
    local sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
    $sudo apt-get -o DPkg::Lock::Timeout=600 update -qq
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq postgresql >/dev/null
    bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  fi
  ENGINES_PG_DIR=$(mktemp -d /tmp/dv-engines-pg.XXXXXX)
  local port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
  local run=()
  if [ "$(id -u)" = 0 ]; then chown postgres "$ENGINES_PG_DIR"; run=(runuser -u postgres --); fi
  "${run[@]}" "$bin/initdb" -D "$ENGINES_PG_DIR/data" -A trust -U dv -E UTF8 --locale=C.UTF-8 >/dev/null
  "${run[@]}" "$bin/pg_ctl" -D "$ENGINES_PG_DIR/data" -l "$ENGINES_PG_DIR/server.log" -w \
    -o "-p $port -k $ENGINES_PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
  ENGINES_PG_CTL=("${run[@]}" "$bin/pg_ctl" -D "$ENGINES_PG_DIR/data")
  "$bin/createdb" -h 127.0.0.1 -p "$port" -U dv dv_vault
  export DV_ENGINE_POSTGRES_PORT=$port
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') started on 127.0.0.1:$port (cluster $ENGINES_PG_DIR)"
}

engines_stop_postgres() {
  if [ -n "${ENGINES_PG_DIR:-}" ]; then
    "${ENGINES_PG_CTL[@]}" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$ENGINES_PG_DIR"
    echo "PostgreSQL stopped"
    ENGINES_PG_DIR=""
  fi
}
