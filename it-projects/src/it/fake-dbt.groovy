// Shared by ITs that need a dbt of their own making (evaluate it from a prebuild script, then call the closure):
// writes <dir>/dbt, a shell script whose 'dbt --version' reports dbt-core 1.11.16 with the given adapters and which,
// for any other command, records its arguments and environment in <dir>/fake-dbt-ran.txt and exits with exitCode.
return { File dir, List<String> adapters, int exitCode ->
    dir.mkdirs()
    def plugins = adapters.collect { "  - ${it}: 1.11.0 - Up to date!" }.join('\n')
    def dbt = new File(dir, 'dbt')
    dbt.text = """#!/bin/sh
if [ "\$1" = "--version" ]; then
  cat <<'VERSION'
Core:
  - installed: 1.11.16
  - latest:    1.11.16 - Up to date!

Plugins:
${plugins}
VERSION
  exit 0
fi
{ echo "args: \$*"; env | sort; } > '${new File(dir, 'fake-dbt-ran.txt').absolutePath}'
echo 'Done. PASS=0 WARN=0 ERROR=0 SKIP=0 TOTAL=0'
exit ${exitCode}
"""
    assert dbt.setExecutable(true)
    return dbt
}
