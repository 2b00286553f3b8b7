package io.dvmaven.draft;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A one-connection-at-a-time HTTP server on 127.0.0.1 that misbehaves on purpose below the level the JDK server
 * allows: it stalls in the middle of a body, or streams far more than any reply should be. Counts the body bytes
 * it managed to write, so a test can show the client stopped reading.
 */
final class RawHttpServer implements AutoCloseable {

    /** What to send after reading the request. */
    interface Behaviour {
        void respond(OutputStream out, AtomicLong written) throws IOException, InterruptedException;
    }

    private final ServerSocket socket;
    private final Thread thread;
    final AtomicLong written = new AtomicLong();

    RawHttpServer(Behaviour behaviour) throws IOException {
        socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        thread = new Thread(() -> {
            while (!socket.isClosed()) {
                try (Socket client = socket.accept()) {
                    readRequest(client.getInputStream());
                    behaviour.respond(client.getOutputStream(), written);
                } catch (IOException | InterruptedException e) {
                    // the client hung up or the server was closed: the test asserts what arrived
                }
            }
        }, "raw-http-server");
        thread.setDaemon(true);
        thread.start();
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/v1");
    }

    /** Headers, then 23 bytes of a declared 100000-byte body, then silence. */
    static Behaviour stallMidBody() {
        return (out, written) -> {
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write("{\"choices\":[{\"message\":".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            written.addAndGet(23);
            Thread.sleep(60_000);
        };
    }

    /** A chunked 200 reply of {@code total} bytes, written as fast as the client reads. */
    static Behaviour stream(long total, boolean declareLength) {
        return (out, written) -> {
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                    + (declareLength ? "Content-Length: " + total + "\r\n" : "Transfer-Encoding: chunked\r\n")
                    + "\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] block = new byte[64 * 1024];
            java.util.Arrays.fill(block, (byte) ' ');
            for (long sent = 0; sent < total; sent += block.length) {
                if (!declareLength) {
                    out.write((Integer.toHexString(block.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                }
                out.write(block);
                if (!declareLength) {
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                written.addAndGet(block.length);
            }
            out.flush();
        };
    }

    private static void readRequest(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        int c;
        while ((c = in.read()) != -1) {
            head.append((char) c);
            if (head.toString().endsWith("\r\n\r\n")) {
                break;
            }
        }
        int length = 0;
        for (String line : head.toString().split("\r\n")) {
            if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).strip());
            }
        }
        in.readNBytes(length);
    }

    @Override
    public void close() throws IOException {
        socket.close();
        thread.interrupt();
    }
}
