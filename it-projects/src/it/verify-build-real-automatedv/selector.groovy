// Needs the real AutomateDV and dbt_utils (AUTOMATE_DV_DIR, DBT_UTILS_DIR) and a real dbt on the PATH; prints
// why the IT is skipped otherwise.
def missing = ['AUTOMATE_DV_DIR', 'DBT_UTILS_DIR'].findAll { !System.getenv(it) }
if (missing) {
    def why = "[${basedir.name}] SKIPPED: ${missing.join(' and ')} not set (point them at AutomateDV 0.11.5 and dbt_utils 1.x)"
    println why         // into the IT's build.log
    // and into the outer build's output: the invoker redirects System.out/err to build.log, not the process's fd 2
    new PrintStream(new FileOutputStream(FileDescriptor.err), true).println('[INFO] ' + why)
    return false
}
def dbt = (System.getenv('PATH') ?: '').split(File.pathSeparator).collect { new File(it, 'dbt') }
        .find { it.isFile() && it.canExecute() }
if (dbt == null) {
    def why = "[${basedir.name}] SKIPPED: no dbt on the PATH (pip install 'dbt-core==1.11.*' 'dbt-duckdb==1.11.*', see .ci/run)"
    println why         // into the IT's build.log
    // and into the outer build's output: the invoker redirects System.out/err to build.log, not the process's fd 2
    new PrintStream(new FileOutputStream(FileDescriptor.err), true).println('[INFO] ' + why)
    return false
}
return true
