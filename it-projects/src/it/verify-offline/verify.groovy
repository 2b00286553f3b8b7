// Offline: each missing piece is one [ERROR] line saying what is missing and the setting that helps; pip and
// dbt deps never ran, and no Python traceback reached the log.
def log = new File(basedir, 'build.log').text
def lines = log.readLines()

def install = lines.findAll { it.contains('Offline (mvn -o): ') && it.contains('dv.dbt.install needs PyPI') }
assert install.size() == 1 : log
assert install[0] =~ /could not run dbt: Offline \(mvn -o\): No usable dbt found \(need dbt-core >=1\.10\.5 <2 with the duckdb adapter\)\. Searched: .* has no duckdb adapter \(installed: postgres\); dv\.dbt\.install needs PyPI$/
assert log.contains('Fix: run once without -o to provision dbt, or install it yourself with')
assert !new File(basedir, 'target/dbt-venv').exists() : 'offline, no venv may be created (pip must not run)'
assert !new File(basedir, 'fake-bin/fake-dbt-ran.txt').exists()

def packages = lines.findAll { it.contains('Offline (mvn -o): dbt package(s) automate_dv not installed, and dbt deps needs the network') }
assert packages.size() == 1 : log
assert log.contains('Fix: install them from local directories with -Ddv.dbt.offlinePackages=automate_dv=/path/to/automate_dv (or <offlinePackages>), or run once online')
assert !log.contains('Installing dbt packages')
assert !new File(basedir, 'dbt_packages/automate_dv').exists()

assert !log.contains('Traceback')
assert lines.count { it.contains('BUILD FAILURE') } == 2
return true
