// Shared by the ITs that need a real dbt: the first 'dbt' on the PATH, or null (the IT is then skipped with the
// reason printed, see selector.groovy of verify-member).
return (System.getenv('PATH') ?: '').split(File.pathSeparator).collect { new File(it, 'dbt') }
        .find { it.isFile() && it.canExecute() }
