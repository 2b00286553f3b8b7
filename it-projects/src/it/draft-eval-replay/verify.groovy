// dv:draft-eval replays the recorded replies on 127.0.0.1 and prints per-case, per-field and overall scores.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Replaying recorded replies for 8 cases (no requests leave this machine)')
assert log.contains('[INFO] Draft evaluation: 8 cases, model recorded')
assert log =~ /\[INFO\] OVERALL\s+88\s+95\/96\s+0\.93\s+0\.92\s+0\.92/
assert log.contains('[INFO] Valid drafts: 8/8; ambiguous cases without open questions: 0')
assert !new File(basedir, 'specs').exists()
// machine-readable results for CI: one JUnit test case per evaluation case
def junit = new File(basedir, 'target/dv-draft-eval/TEST-dv-draft-eval.xml').text
assert junit.contains('<testsuite name="dv-draft-eval" tests="9" failures="0">')
assert junit.contains('<testcase classname="dv-draft-eval" name="claim-three-hub-link">')
assert new File(basedir, 'target/dv-draft-eval/report.json').text.contains('"name": "provider-single-source"')
return true
