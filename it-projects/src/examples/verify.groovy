// Every example builds with generate + verify: rules pass, no drift, dbt compile passes, reports written.
// Invoker binds basedir to this script's folder here (it-projects/src/examples); the clones are in target/examples.
new File(basedir, '../../target/examples').canonicalFile.listFiles().findAll { new File(it, 'build.log').isFile() }
        .each { example -> check(example) }
return true

void check(File example) {
    def log = new File(example, 'build.log').text
    def summary = log.readLines().find { it.contains('dv:verify: ') }
    assert summary =~ /dv:verify: \d+ models, 26 rules: 0 errors, 0 warnings; drift: none; dbt compile: OK/ : summary
    assert log =~ /automate_dv: (SIGNATURE STAND-IN|AutomateDV )/ : 'the log must say which automate_dv was used'
    // nothing the example or the plugin wrote makes dbt warn (dbt 1.10's notice about its own age is not ours)
    def deprecations = log.readLines().findAll { it =~ /(?i)deprecat/ && !it.contains('This version of dbt is deprecated') }
    assert deprecations.isEmpty() : "${example.name}: dbt printed deprecation warnings:\n" + deprecations.join('\n')
    ['target/dv/verify-report.md', 'target/dv/verify-report.json', 'target/dv/verify.sarif',
     'target/dv-reports/TEST-dv-rules.xml', 'target/dv-reports/TEST-dv-dbt.xml'].each {
        assert new File(example, it).isFile() : "missing report $it in ${example.name}"
    }
}
