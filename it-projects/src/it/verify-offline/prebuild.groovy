// A dbt without the duckdb adapter, for the run that would have to install dbt.
evaluate(new File(itSources, 'fake-dbt.groovy'))(new File(basedir, 'fake-bin'), ['postgres'], 3)
return true
