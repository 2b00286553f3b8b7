// Needs a real dbt on the PATH (.ci/run installs one); prints why the IT is skipped otherwise.
if (evaluate(new File(itSources, 'real-dbt.groovy')) == null) {
    def why = "[${basedir.name}] SKIPPED: no dbt on the PATH (pip install 'dbt-core==1.11.*' 'dbt-duckdb==1.11.*', see .ci/run)"
    println why
    new PrintStream(new FileOutputStream(FileDescriptor.err), true).println('[INFO] ' + why)
    return false
}
return true
