// The models on disk were generated before 'specialty' was added to the spec, one generated file was deleted and
// one edited by hand. Verify (generate skipped) fails once: stale and missing files with "run mvn dv:generate";
// the edited file is reported as a warning.
def log = new File(basedir, 'build.log').text
def lines = log.readLines().collect { it.replaceFirst(/^\[(ERROR|WARNING|INFO)\] /, '') }

def start = lines.findIndexOf { it.endsWith('dv:verify failed: 6 generated files out of step with the specs.') }
assert start >= 0 : 'failure headline missing'
def stale = '[stale] generated file is stale (the specs or templates changed since it was generated); run mvn dv:generate'
def expected = [
    'Generated files out of step with the specs:',
    'macros/dv/dv_expression_is_true.sql: [missing] generated file is missing; run mvn dv:generate',
    "models/integration/satellites/s_provider_profile_provider_registry.sql: $stale",
    "models/integration/satellites/s_provider_profile_provider_registry.yml: $stale",
    "models/staging/provider_registry/providers.source.yml: $stale",
    "models/staging/provider_registry/stg_provider_provider_registry.sql: $stale",
    "models/staging/provider_registry/stg_provider_provider_registry.yml: $stale",
    'To fix: run mvn dv:generate, then commit the regenerated files.',
].collect { it.toString() }
assert lines.subList(start + 1, start + 1 + expected.size()) == expected

assert log =~ /(?m)^\[WARNING\] models\/integration\/hubs\/h_provider\.sql: generated file edited by hand \(its body no longer matches dv-checksum [0-9a-f]{16}\); move the edit into the spec/
def summary = lines.find { it.startsWith('dv:verify: ') }
assert summary == 'dv:verify: 3 models, 26 rules: 0 errors, 0 warnings; drift: 5 stale, 1 edited, 1 missing; dbt: skipped' : summary
assert log.contains('Skipping dv:generate (dv.generate.skip=true)')
assert log.contains('BUILD FAILURE')

// verify never writes project files: the drift is still there
assert !new File(basedir, 'macros/dv/dv_expression_is_true.sql').exists()
assert !new File(basedir, 'models/staging/provider_registry/stg_provider_provider_registry.sql').text.contains('specialty')

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/dv/verify-report.json'))
assert json.result == 'failed'
assert json.summary.drift == 7
return true
