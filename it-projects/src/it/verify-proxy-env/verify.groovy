// Maven's proxy reached dbt: every variable pip and dbt read, credentials percent-encoded, never in the log; the
// pom's own no_proxy won over the proxy's nonProxyHosts.
def log = new File(basedir, 'build.log').text
def recorded = new File(basedir, 'fake-bin/fake-dbt-ran.txt')
assert recorded.isFile() : 'the stand-in dbt did not run'
def env = recorded.readLines().findAll { it.contains('=') }.collectEntries { [(it.substring(0, it.indexOf('='))): it.substring(it.indexOf('=') + 1)] }
assert recorded.readLines()[0].startsWith('args: --no-use-colors compile --project-dir ')

def url = 'http://ci%20user:p%40ss%20w0rd@proxy.example.invalid:3128'
['HTTP_PROXY', 'HTTPS_PROXY', 'http_proxy', 'https_proxy'].each {
    assert env[it] == url : "$it was ${env[it]}"
}
assert env['NO_PROXY'] == 'localhost,.corp.example'
assert env['no_proxy'] == 'set.by.the.pom'
assert env['DBT_SEND_ANONYMOUS_USAGE_STATS'] == 'false'

assert !log.contains('p@ss w0rd') && !log.contains('p%40ss') : 'proxy credentials must never be logged'
assert log.contains('BUILD SUCCESS')
return true
