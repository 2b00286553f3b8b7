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
assert !spec.text.contains('DRAFT written by dv:draft') : 'the approved spec keeps the draft marker'
def ledger = new File(basedir, 'dv-approvals.json').text
assert ledger.contains('"entity": "member"') && ledger.contains('"narrative": "specs/member.md"')
assert ledger.contains('"spec": "specs/member.yml"') && ledger =~ /"spec_sha256": "[0-9a-f]{64}"/
// the second dv:draft skipped the approved narrative (still one request)
assert log.contains('Skipping specs/member.md: approved already (specs/member.yml in dv-approvals.json)')

// generate accepted it: the member hub, its satellites and the link to coverage are there
['models/integration/hubs/h_member.sql',
 'models/integration/satellites/s_member_demographics_legacy_facets.sql',
 'models/integration/links/l_member_coverage.sql'].each {
    assert new File(basedir, it).isFile() : "not generated: $it"
}
assert new File(basedir, 'target/dv/generation-report.json').text.contains('"status": "success"')
return true
