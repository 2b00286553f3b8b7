// A user's machine: a dbt without the duckdb adapter (e.g. a dbt-postgres install) and a venv provisioned by
// dv.dbt.install earlier, here the real dbt's venv linked into place.
import java.nio.file.Files

evaluate(new File(itSources, 'fake-dbt.groovy'))(new File(basedir, 'fake-bin'), ['postgres'], 3)
File realDbt = evaluate(new File(itSources, 'real-dbt.groovy'))
Files.createSymbolicLink(new File(basedir, 'provisioned').toPath(), realDbt.absoluteFile.parentFile.parentFile.toPath())
return true
