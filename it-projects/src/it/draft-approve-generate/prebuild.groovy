import com.sun.net.httpserver.HttpServer
import groovy.json.JsonOutput

// A recorded chat-completions endpoint on loopback: every POST gets the recorded draft of the member narrative.
def content = new File(basedir, 'recorded/member.content.json').text
def body = JsonOutput.toJson([id: 'chatcmpl-recorded', object: 'chat.completion', model: 'recorded',
        choices: [[index: 0, message: [role: 'assistant', content: content], finish_reason: 'stop']]])
def requests = new File(basedir, 'target/recorded-requests.log')
requests.parentFile.mkdirs()
def server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0)
server.createContext('/v1/chat/completions') { exchange ->
    requests << "${exchange.requestMethod} ${exchange.requestURI} auth=${exchange.requestHeaders.getFirst('Authorization') != null}\n"
    exchange.requestBody.text
    def bytes = body.getBytes('UTF-8')
    exchange.responseHeaders.add('Content-Type', 'application/json')
    exchange.sendResponseHeaders(200, bytes.length)
    exchange.responseBody.withStream { it.write(bytes) }
}
server.start()
System.properties.put('dv.it.draftServer', server) // stopped by verify.groovy
new File(basedir, '.mvn').mkdirs()
new File(basedir, '.mvn/maven.config').text =
        "-Ddv.draft.baseUrl=http://127.0.0.1:${server.address.port}/v1 -Ddv.draft.model=recorded\n"
return true
