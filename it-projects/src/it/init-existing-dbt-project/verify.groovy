// dv:init in an existing dbt project: no existing byte changed, the missing files were added, the log says which.
def log = new File(basedir, 'build.log').text

assert new File(basedir, 'dbt_project.yml').text == '''name: 'jaffle_shop'
version: '1.0.0'
config-version: 2
profile: 'jaffle_shop_dev'   # kept as is: dv:init must not touch this file
model-paths: ["models"]
'''
assert new File(basedir, 'models/x.sql').text == 'select 1 as x\n'
// .gitignore: the old bytes stay first, the missing entries follow
assert new File(basedir, '.gitignore').text == '# team rules\n/target\n*.duckdb\n# Added by dv:init\ndbt_packages/\nlogs/\n'

assert log.contains('[INFO] kept dbt_project.yml (exists)')
assert log.contains('[INFO] updated .gitignore (appended dbt_packages/, logs/)')
['pom.xml', 'packages.yml', 'specs/.dv/dv-spec.schema.json', 'specs/customer.yml'].each {
    assert new File(basedir, it).isFile() : "missing $it"
    assert log.contains("[INFO] created $it") : "no 'created $it' line"
}

// the pom takes the dbt project's name
def pom = new File(basedir, 'pom.xml').text
assert pom.contains('<artifactId>jaffle-shop</artifactId>')
assert pom.contains('dbt project jaffle_shop')

// generate-sources ran from the written pom next to the user's own model
assert new File(basedir, 'models/integration/hubs/h_customer.sql').isFile()
assert new File(basedir, 'models/x.sql').text == 'select 1 as x\n'
return true
