// A broken Jinja call in a hand-written model: dbt compile fails and the failure names the model file and line.
def log = new File(basedir, 'build.log').text
def lines = log.readLines().collect { it.replaceFirst(/^\[(ERROR|WARNING|INFO)\] /, '') }

assert log.contains('Running with dbt=') : 'dbt output is in the log'
def start = lines.findIndexOf { it.endsWith('dv:verify failed: dbt compile failed.') }
assert start >= 0 : 'failure headline missing'
assert lines[start + 1] == 'dbt compile failed:'
assert lines[start + 2].startsWith('models/marts/provider_summary.sql:3: ') : lines[start + 2]
assert lines[start + 2].contains("unexpected '}', expected ')'")
assert lines[start + 3] == 'Fix the models at the locations above (the full dbt output is in the log above).'

def summary = lines.find { it.startsWith('dv:verify: ') }
assert summary =~ /^dv:verify: 4 models, 26 rules: 0 errors, 0 warnings; drift: none; dbt compile: FAILED \(exit code \d+\) \(dbt 1\.\d+\.\d+, embedded DuckDB, automate_dv: SIGNATURE STAND-IN/ : summary
assert log.contains('BUILD FAILURE')
assert !(log =~ /(?m)^\s+at [a-z]/) : 'no stack trace'

def xml = { String path -> javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File(basedir, path)).documentElement }
def testcaseNames = { suite -> def cases = suite.getElementsByTagName('testcase'); (0..<cases.length).collect { cases.item(it).getAttribute('name') } }
def junit = xml('target/dv-reports/TEST-dv-dbt.xml')
assert junit.getAttribute('errors').toInteger() >= 1
assert testcaseNames(junit).any { it.contains('models/marts/provider_summary.sql') }
return true
