// The real AutomateDV 0.11.5 + dbt_utils, dbt build with 1000 sample rows per raw table on the embedded DuckDB:
// every model built, every generated test passed, rows in every hub, link and satellite.
def log = new File(basedir, 'build.log').text
assert log.contains('automate_dv: AutomateDV 0.11.5 at ')
assert log =~ /(?m)Done\. PASS=\d+ WARN=0 ERROR=0 SKIP=0/

def summary = log.readLines().find { it.contains('dv:verify: ') }
assert summary =~ /dv:verify: 13 models, 26 rules: 0 errors, 0 warnings; drift: none; dbt build: PASS=\d+ WARN=0 ERROR=0 SKIP=0 .*\(dbt 1\.\d+\.\d+, embedded DuckDB, automate_dv: AutomateDV 0\.11\.5 at / : summary

def rowsLine = log.readLines().find { it.contains('Rows in the embedded DuckDB: ') }
assert rowsLine : 'row counts missing'
def rows = rowsLine.substring(rowsLine.indexOf(': ') + 2).split(', ').collectEntries {
    def (name, count) = it.split('=')
    [(name): count.toLong()]
}
def expected = ['h_coverage', 'h_member', 'l_member_coverage',
    's_coverage_details_gemstone_facets', 's_coverage_details_legacy_facets',
    's_member_address_gemstone_facets', 's_member_address_legacy_facets',
    's_member_demographics_gemstone_facets', 's_member_demographics_legacy_facets']
assert rows.keySet().sort() == expected
rows.each { name, count -> assert count > 0 : "$name has no rows" }
println "Rows: $rows"
assert log.contains('BUILD SUCCESS')
// no deprecation warning from generated or scaffolded files on any supported dbt (1.10 and 1.11); only dbt 1.10's
// notice about its own age is not ours to fix
def deprecations = log.readLines().findAll { it =~ /(?i)deprecat/ && !it.contains('This version of dbt is deprecated') }
assert deprecations.isEmpty() : 'dbt printed deprecation warnings:\n' + deprecations.join('\n')
return true
