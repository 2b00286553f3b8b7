// Needs a real dbt on the PATH (.ci/run installs one); prints why the IT is skipped otherwise.
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
