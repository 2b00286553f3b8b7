// Every spec error is reported at once as file:line:col with its fix; no stack trace; nothing is written.
def log = new File(basedir, 'build.log').text

def expected = [
    "specs/member.yml:10:7: source 'gemstone_facet' of hub is not in source_mappings (add gemstone_facet to source_mappings with schema, table and key_field)",
    "specs/member.yml:13:5: missing required key 'attributes' in satellite 'demographics' (add attributes: [<attribute>, ...])",
    "specs/member.yml:14:5: unknown key 'atributes' in satellite 'demographics' (did you mean 'attributes'?)",
    "specs/member.yml:20:5: link 'member_coverage' has no related_keys entry for source 'legacy_facets', so the column carrying the coverage business key is unknown (add related_keys: {legacy_facets: <column carrying the coverage business key>} to link 'member_coverage')",
    "specs/member.yml:21:18: link 'member_coverage' relates to unknown entity 'coverage' (add a spec with entity name 'coverage' to the spec directory, or fix the name)",
]
def lines = log.readLines()
def start = lines.findIndexOf { it.contains('dv:generate found 5 errors in the specs; nothing was generated:') }
assert start >= 0 : 'failure headline missing'
assert lines.subList(start + 1, start + 1 + expected.size()).collect { it.replaceFirst(/^\[ERROR\] /, '') } == expected
assert lines[start + 1 + expected.size()].endsWith('Fix the specs at the locations above, then run mvn dv:generate again.')

assert log.contains('BUILD FAILURE')
assert !(log =~ /(?m)^\s+at [a-z]/) : 'no stack trace'
assert !(log =~ /io\.dvmaven\.[a-z]+\.[A-Z]/) && !log.contains('SpecErrorsException') : 'no class names of ours in front of the user'
assert !new File(basedir, 'models').exists() : 'nothing may be written when a spec has errors'
assert !new File(basedir, 'macros').exists()

// The report still tells what was wrong.
def json = new File(basedir, 'target/dv/generation-report.json').text
assert json.contains('"status": "failed: 5 spec error(s), nothing written"')
assert json.contains('"text": "specs/member.yml:14:5: unknown key \'atributes\' in satellite \'demographics\' (did you mean \'attributes\'?)"')
return true
