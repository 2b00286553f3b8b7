// dv:init in an empty directory wrote the project; the following mvn verify generated the example from it.
def log = new File(basedir, 'build.log').text
def version = (log =~ /dv-maven-plugin:([^:\s]+):init \(default-cli\)/)[0][1]

['pom.xml', 'dbt_project.yml', 'packages.yml', 'specs/customer.yml', 'specs/.dv/dv-spec.schema.json', '.gitignore'].each {
    assert new File(basedir, it).isFile() : "missing $it"
    assert log.contains("[INFO] created $it") : "no 'created $it' line"
}
assert !log.contains('[INFO] kept ')

def name = basedir.name.replaceAll(/[^a-z0-9]+/, '_')
def pom = new File(basedir, 'pom.xml').text
assert pom.contains("<artifactId>${name.replace('_', '-')}</artifactId>")
assert pom.contains("<dv-maven-plugin.version>${version}</dv-maven-plugin.version>")
assert pom.contains('<goal>generate</goal>')
def dbtProject = new File(basedir, 'dbt_project.yml').text
assert dbtProject.contains("name: ${name}\n") && dbtProject.contains("profile: ${name}\n")
assert !dbtProject.contains('target-path') // deprecated in dbt 1.11: dbt's default target/ is Maven's
assert dbtProject.contains('clean-targets: ["target", "dbt_packages"]')
def packages = new File(basedir, 'packages.yml').text
assert packages.contains('Datavault-UK/automate_dv') && packages.contains('version: 0.11.5')
assert packages.contains('dbt-labs/dbt_utils') && packages.contains('[">=1.0.0", "<2.0.0"]')
assert new File(basedir, 'specs/customer.yml').text.startsWith('# yaml-language-server: $schema=.dv/dv-spec.schema.json\n')
assert new File(basedir, '.gitignore').readLines().containsAll(['target/', 'dbt_packages/', 'logs/'])

// mvn verify ran dv:generate from the written pom: the example spec generates as is
['models/integration/hubs/h_customer.sql',
 'models/integration/satellites/s_customer_profile_crm.sql',
 'models/integration/satellites/s_customer_terms_billing.sql',
 'models/staging/crm/stg_customer_crm.sql',
 'models/staging/billing/stg_customer_billing.sql'].each {
    assert new File(basedir, it).isFile() : "not generated: $it"
}
assert new File(basedir, 'target/dv/generation-report.json').text.contains('"status": "success"')

// ... and dv:verify checked it: naming rules clean, no drift, a real dbt compile on the embedded DuckDB
def summary = log.readLines().find { it.contains('dv:verify: ') }
assert summary != null : 'no dv:verify summary line'
assert summary.contains(' 0 errors') && summary.contains('drift: none') : summary
assert summary.contains('dbt compile: OK') && summary.contains('embedded DuckDB') : summary
assert summary.contains('SIGNATURE STAND-IN') : summary
return true
