"""Compiles a generated dbt project for an adapter that has no server here (sqlserver, bigquery).

Usage: python offline_compile.py <adapter> <first|existing> <dbt compile arguments...>

dbt compile asks the warehouse two kinds of things: whether a model's table exists (is_incremental()) and which
columns a relation has. Here every such question is answered without a warehouse: in mode `first` no table
exists (the SQL of a first load), in mode `existing` every model's table exists (the incremental SQL, reading
{{ this }}), and no relation has columns. The connection is a stand-in that refuses every use but close, so a
compile that needed the warehouse for anything else fails and says what it asked for.
"""
import sys

from dbt.adapters.contracts.connection import ConnectionState
from dbt.adapters.factory import get_adapter_class_by_name, load_plugin

ADAPTER, MODE, DBT_ARGUMENTS = sys.argv[1], sys.argv[2], sys.argv[3:]


class NoWarehouse:
    def close(self):
        pass

    def __getattr__(self, name):
        raise RuntimeError(f"dbt compile used the connection ({name}); no {ADAPTER} server runs here")


def open_without_warehouse(cls, connection):
    connection.handle = NoWarehouse()
    connection.state = ConnectionState.OPEN
    return connection


def existing_table(self, database, schema, identifier):
    return self.Relation.create(database=database, schema=schema, identifier=identifier, type="table")


def main():
    load_plugin(ADAPTER)
    adapter = get_adapter_class_by_name(ADAPTER)
    adapter.ConnectionManager.open = classmethod(open_without_warehouse)
    adapter.get_relation = existing_table if MODE == "existing" else (lambda *args, **kwargs: None)
    adapter.list_relations_without_caching = lambda *args, **kwargs: []
    adapter.get_columns_in_relation = lambda *args, **kwargs: []
    adapter.list_schemas = lambda *args, **kwargs: []
    adapter.check_schema_exists = lambda *args, **kwargs: MODE == "existing"
    from dbt.cli.main import dbtRunner
    result = dbtRunner().invoke(["compile", "--no-populate-cache", "--no-use-colors"] + DBT_ARGUMENTS)
    print(f"[{ADAPTER}] dbt compile ({MODE}): {'OK' if result.success else 'FAILED: ' + str(result.exception)}",
          flush=True)
    sys.exit(0 if result.success else 1)


if __name__ == "__main__":
    main()
