// generate + verify on the member example: rules pass, no drift, a real dbt compile whose output is in the log,
// and every report written.
def log = new File(basedir, 'build.log').text

// dbt ran for real, its output streamed into the Maven log
assert log =~ /(?m)^\[INFO\] > \S*dbt --no-use-colors compile --project-dir /
assert log.contains('Running with dbt=')
assert log =~ /Found 13 models, \d+ data tests, 4 sources/
assert log.contains('automate_dv: SIGNATURE STAND-IN') : 'the log must say which automate_dv was used'

// one summary line
def summary = log.readLines().find { it.contains('dv:verify: ') }
assert summary =~ /dv:verify: 13 models, 26 rules: 0 errors, 0 warnings; drift: none; dbt compile: OK \(\d+ nodes\) \(dbt 1\.\d+\.\d+, embedded DuckDB, automate_dv: SIGNATURE STAND-IN .* at .*automate-dv-signature-standin\)/ : summary
assert log.contains('BUILD SUCCESS')

// reports
['target/dv/verify-report.md', 'target/dv/verify-report.json', 'target/dv/verify.sarif',
 'target/dv-reports/TEST-dv-rules.xml', 'target/dv-reports/TEST-dv-dbt.xml'].each {
    assert new File(basedir, it).isFile() : "missing report $it"
}
def md = new File(basedir, 'target/dv/verify-report.md').text
assert md.contains('**Result: PASSED**')
assert md.contains('| `models/integration/hubs/h_member.sql` |') || md.contains('`models/integration/hubs/h_member.sql`')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/dv/verify-report.json'))
assert json.result == 'passed'
assert json.summary.models == 13 && json.summary.errors == 0 && json.summary.drift == 0
def xml = { String path -> javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File(basedir, path)).documentElement }
def testcaseNames = { suite -> def cases = suite.getElementsByTagName('testcase'); (0..<cases.length).collect { cases.item(it).getAttribute('name') } }
def dbtSuite = xml('target/dv-reports/TEST-dv-dbt.xml')
assert dbtSuite.getAttribute('tests').toInteger() > 13 && dbtSuite.getAttribute('failures') == '0' && dbtSuite.getAttribute('errors') == '0'
assert testcaseNames(dbtSuite).contains('model.dv_it.h_member')
def rulesSuite = xml('target/dv-reports/TEST-dv-rules.xml')
assert rulesSuite.getAttribute('failures') == '0' && rulesSuite.getAttribute('errors') == '0' && rulesSuite.getAttribute('tests').toInteger() > 0
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/dv/verify.sarif'))
assert sarif.runs[0].tool.driver.name == 'dv-maven-plugin'
assert sarif.runs[0].results.isEmpty()
// no deprecation warning from generated or scaffolded files on any supported dbt (1.10 and 1.11); only dbt 1.10's
// notice about its own age is not ours to fix
def deprecations = log.readLines().findAll { it =~ /(?i)deprecat/ && !it.contains('This version of dbt is deprecated') }
assert deprecations.isEmpty() : 'dbt printed deprecation warnings:\n' + deprecations.join('\n')
return true
