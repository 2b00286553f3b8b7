// The second run on unchanged specs writes nothing: the output is a byte-identical no-op.
def log = new File(basedir, 'build.log').text
def summaries = log.readLines().findAll { it.contains(' files for 2 entities: ') }.collect { it.replaceFirst(/^\[INFO\] /, '') }

assert summaries.size() == 2 : "expected one summary per run, got: $summaries"
assert summaries[0] ==~ /(\d+) files for 2 entities: \1 written, 0 unchanged, 0 removed/
def count = (summaries[0] =~ /^(\d+)/)[0][1]
assert summaries[1] == "$count files for 2 entities: 0 written, $count unchanged, 0 removed"

// The report of the second run marks every file UNCHANGED.
def json = new File(basedir, 'target/dv/generation-report.json').text
assert json.contains("\"unchanged\": $count")
assert !json.contains('"action": "WRITE_NEW"') && !json.contains('"action": "UPDATE"')
assert json.count('"action": "UNCHANGED"') == count as int
return true
