package io.dvmaven.draft;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One HTTP exchange with a total deadline (connect, headers and the whole body) and a cap on the reply size. The
 * JDK client's request timeout ends at the headers, so a server that sends headers and then stalls would keep the
 * caller waiting; here the caller waits on the future for what is left of the deadline and cancels the exchange
 * when it runs out. The body is collected by a subscriber that stops reading (and keeps nothing more) as soon as
 * the cap is passed, so memory stays bounded whatever the server sends.
 */
final class BoundedExchange {

    /** A complete reply. */
    record Reply(int status, HttpHeaders headers, String body) {
    }

    /** Which limit ended the exchange, with what had arrived by then. */
    static final class LimitException extends Exception {

        private static final long serialVersionUID = 1L;
        private final ChatException.Kind kind;

        LimitException(ChatException.Kind kind, String message, Throwable cause) {
            super(message, cause);
            this.kind = kind;
        }

        ChatException.Kind kind() {
            return kind;
        }
    }

    private BoundedExchange() {
    }

    static Reply send(HttpClient http, HttpRequest request, Duration deadline, long maxBytes)
            throws LimitException, InterruptedException {
        Progress progress = new Progress();
        CompletableFuture<HttpResponse<byte[]>> future =
                http.sendAsync(request, info -> new CappedSubscriber(info, maxBytes, progress));
        try {
            HttpResponse<byte[]> response = future.get(deadline.toNanos(), TimeUnit.NANOSECONDS);
            return new Reply(response.statusCode(), response.headers(),
                    new String(response.body(), StandardCharsets.UTF_8));
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new LimitException(ChatException.Kind.TIMEOUT, "no complete reply within the deadline of "
                    + describe(deadline) + " (" + progress.describe() + ")", null);
        } catch (InterruptedException e) {
            future.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            throw translate(e.getCause(), deadline, maxBytes, progress);
        }
    }

    private static LimitException translate(Throwable cause, Duration deadline, long maxBytes, Progress progress) {
        Throwable failure = cause;
        while (failure != null && !(failure instanceof TooLargeException)) {
            failure = failure.getCause();
        }
        if (failure instanceof TooLargeException tooLarge) {
            return new LimitException(ChatException.Kind.REPLY_TOO_LARGE, "the reply is larger than the limit of "
                    + maxBytes + " bytes (" + tooLarge.getMessage() + "); reading stopped there", null);
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return new LimitException(ChatException.Kind.TIMEOUT, "could not connect within the deadline of "
                    + describe(deadline), cause);
        }
        if (cause instanceof HttpTimeoutException) {
            return new LimitException(ChatException.Kind.TIMEOUT, "no complete reply within the deadline of "
                    + describe(deadline) + " (" + progress.describe() + ")", cause);
        }
        if (cause instanceof ConnectException) {
            return new LimitException(ChatException.Kind.CONNECTION, "connection refused (is the server running "
                    + "and the URL right?)", cause);
        }
        if (progress.headersReceived()) {
            return new LimitException(ChatException.Kind.CONNECTION, "the connection broke while reading the reply ("
                    + progress.describe() + ")", cause);
        }
        return new LimitException(ChatException.Kind.CONNECTION, "cannot reach the server: "
                + (cause == null ? "unknown error" : cause.getClass().getSimpleName() + " " + cause.getMessage()),
                cause);
    }

    static String describe(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
    }

    /** What has arrived so far, for messages. */
    private static final class Progress {
        private volatile boolean headers;
        private final AtomicLong bytes = new AtomicLong();

        boolean headersReceived() {
            return headers;
        }

        String describe() {
            return headers ? "headers received, " + bytes.get() + " bytes of body so far" : "no response headers";
        }
    }

    private static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        TooLargeException(String message) {
            super(message);
        }
    }

    /** Collects the body up to {@code maxBytes}; cancels the subscription as soon as more arrives. */
    private static final class CappedSubscriber implements HttpResponse.BodySubscriber<byte[]> {
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream collected = new ByteArrayOutputStream();
        private final long maxBytes;
        private final long declared;
        private final Progress progress;
        private Flow.Subscription subscription;

        CappedSubscriber(HttpResponse.ResponseInfo info, long maxBytes, Progress progress) {
            this.maxBytes = maxBytes;
            this.progress = progress;
            this.declared = info.headers().firstValueAsLong("Content-Length").orElse(-1L);
            progress.headers = true;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription value) {
            subscription = value;
            if (declared > maxBytes) {
                value.cancel();
                result.completeExceptionally(new TooLargeException("Content-Length " + declared));
                return;
            }
            value.request(1);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer buffer : buffers) {
                long total = progress.bytes.addAndGet(buffer.remaining());
                if (total > maxBytes) {
                    subscription.cancel();
                    result.completeExceptionally(new TooLargeException("more than " + maxBytes
                            + " bytes received"));
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                collected.write(chunk, 0, chunk.length);
            }
            subscription.request(1);
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.complete(collected.toByteArray());
        }
    }
}
