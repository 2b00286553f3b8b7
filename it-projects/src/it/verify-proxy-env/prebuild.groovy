// A stand-in dbt (with the duckdb adapter) that records the environment it was started with.
evaluate(new File(itSources, 'fake-dbt.groovy'))(new File(basedir, 'fake-bin'), ['duckdb'], 0)
return true
