// Selector of the examples (run from it-projects/target/examples/<example>). Needs a real dbt on the PATH (.ci/run installs one).
def dbt = (System.getenv('PATH') ?: '').split(File.pathSeparator).collect { new File(it, 'dbt') }
        .find { it.isFile() && it.canExecute() }
if (dbt == null) {
    def why = "[${basedir.name == "examples" ? "examples" : basedir.name}] SKIPPED: no dbt on the PATH (pip install 'dbt-core==1.10.*' 'dbt-duckdb==1.10.*', see .ci/run)"
    println why         // into the IT's build.log
    // and into the outer build's output: the invoker redirects System.out/err to build.log, not the process's fd 2
    new PrintStream(new FileOutputStream(FileDescriptor.err), true).println('[INFO] ' + why)
    return false
}
// The TPC-H example loads real rows, so it needs the real AutomateDV (the hub is not reachable from CI).
if (basedir.name == 'tpch' && !System.getenv('AUTOMATE_DV_DIR')) {
    def why = '[tpch] SKIPPED: AUTOMATE_DV_DIR is not set (the real AutomateDV 0.11.5; .ci/run sets it from ../shared/vendor)'
    println why
    new PrintStream(new FileOutputStream(FileDescriptor.err), true).println('[INFO] ' + why)
    return false
}
return true
