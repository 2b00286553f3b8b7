// A hand-written model against the conventions: the build fails once, listing the exact findings with the fix
// line naming the POM elements; warnings are logged, not listed as failures.
def log = new File(basedir, 'build.log').text
def lines = log.readLines().collect { it.replaceFirst(/^\[(ERROR|WARNING|INFO)\] /, '') }

def start = lines.findIndexOf { it.endsWith('dv:verify failed: 2 rule findings.') }
assert start >= 0 : 'failure headline missing'
def expected = [
    'Naming rules found 2 errors in 1 model:',
    "models/integration/hubs/extra_schema.yml:8:9: [DV003] column 'ProviderName' of hub_provider_extra is not lower snake_case (fix: rename it to provider_name)",
    "models/integration/hubs/hub_provider_extra.sql:1:1: [DV001] hub 'hub_provider_extra' in integration/hubs must start with 'h_' (pattern h_{entity}) (fix: rename it to h_{entity}, or move it out of integration/hubs)",
]
assert lines.subList(start + 1, start + 1 + expected.size()) == expected
assert lines[start + 1 + expected.size()] == "Fix the models, or change the rule's severity with <ruleSeverities><DV003>WARNING</DV003></ruleSeverities> (OFF switches it off) or skip it with <skipRules>DV003</skipRules> (-Ddv.verify.skipRules=DV003); to accept one finding, put '-- dv:ignore DV003' on its line."

def summary = lines.find { it.startsWith('dv:verify: ') }
assert summary == 'dv:verify: 4 models, 26 rules: 2 errors, 0 warnings; drift: none; dbt: skipped' : summary
assert log.contains('BUILD FAILURE')
assert !(log =~ /(?m)^\s+at [a-z]/) : 'no stack trace'

// the reports carry the same findings
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/dv/verify-report.json'))
assert json.result == 'failed'
def xml = { String path -> javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File(basedir, path)).documentElement }
def testcaseNames = { suite -> def cases = suite.getElementsByTagName('testcase'); (0..<cases.length).collect { cases.item(it).getAttribute('name') } }
assert xml('target/dv-reports/TEST-dv-rules.xml').getAttribute('failures').toInteger() == 2
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/dv/verify.sarif'))
assert sarif.runs[0].results*.ruleId.sort() == ['DV001', 'DV003']
return true
