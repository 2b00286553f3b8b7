// Which dbt: the first on the PATH with the duckdb adapter beats the provisioned venv; without one the venv is
// used and the log names the dbt passed over and why. The dbt without the adapter was only asked its version.
def log = new File(basedir, 'build.log').text
def need = 'dbt-core >=1.10.5 <2 with the duckdb adapter'
def fake = new File(basedir, 'fake-bin/dbt').absolutePath

def onPath = log =~ /(?m)^\[INFO\] Using dbt\S* .* at (\S+) \(from PATH\): the first dbt on the PATH with \Q${need}\E$/
assert onPath.find() : 'invocation 1 must use the dbt on the PATH'
assert !onPath.group(1).contains('/fake-bin/') && !onPath.group(1).contains('/provisioned/')

def venv = log =~ /(?m)^\[INFO\] Using dbt\S* .* at (\S+)\/provisioned\/bin\/dbt \(from provisioned venv \S+\/provisioned\): no dbt on the PATH has \Q${need}\E \(\Q${fake}\E: dbt-core 1\.11\.16 has no duckdb adapter \(installed: postgres\)\)$/
assert venv.find() : 'invocation 2 must fall back to the provisioned venv and say why'

assert !new File(basedir, 'fake-bin/fake-dbt-ran.txt').exists() : 'the dbt without the adapter must never run a command'
assert log.readLines().findAll { it =~ /dv:verify: \d+ models?, .*dbt compile: OK/ }.size() == 2
assert !log.contains('Traceback')
return true
