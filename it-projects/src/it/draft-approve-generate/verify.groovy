// dv:draft wrote a draft from the narrative, dv:approve renamed it, dv:generate accepted the approved spec.
def server = System.properties.remove('dv.it.draftServer')
server?.stop(0)

def log = new File(basedir, 'build.log').text
def requests = new File(basedir, 'target/recorded-requests.log').readLines()
assert requests.size() == 1 : "expected one chat request, got ${requests}"
assert requests[0].startsWith('POST /v1/chat/completions')

def spec = new File(basedir, 'specs/member.yml')
assert spec.isFile() : 'approved spec specs/member.yml missing'
assert !new File(basedir, 'specs/member.draft.yml').exists() : 'draft not renamed by dv:approve'
assert spec.text.contains('name: member')

// generate accepted it: the member hub, its satellites and the link to coverage are there
['models/integration/hubs/h_member.sql',
 'models/integration/satellites/s_member_demographics_legacy_facets.sql',
 'models/integration/links/l_member_coverage.sql'].each {
    assert new File(basedir, it).isFile() : "not generated: $it"
}
assert new File(basedir, 'target/dv/generation-report.json').text.contains('"status": "success"')
return true
