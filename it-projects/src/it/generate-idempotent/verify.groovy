// The second run on unchanged specs writes nothing: the output is a byte-identical no-op.
def log = new File(basedir, 'build.log').text
def summaries = log.readLines().findAll { it.contains(' files for 2 entities: ') }.collect { it.replaceFirst(/^\[INFO\] /, '') }

assert summaries.size() == 2 : "expected one summary per run, got: $summaries"
assert summaries[0] ==~ /(\d+) files for 2 entities: \1 written, 0 unchanged, 0 removed/
def count = (summaries[0] =~ /^(\d+)/)[0][1]
assert summaries[1] == "$count files for 2 entities: 0 written, $count unchanged, 0 removed"

// The second run found everything as the index recorded it: it rendered nothing and wrote no byte, not even the
// reports, which still describe the first run (every file WRITE_NEW).
assert log.contains('Nothing changed since the last run')
assert new File(basedir, 'target/dv/generate.index').isFile()
def json = new File(basedir, 'target/dv/generation-report.json').text
assert json.count('"action": "WRITE_NEW"') == count as int
return true
