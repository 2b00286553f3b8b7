package io.dvmaven.templates;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The body of a generated file as it renders: normalised on the fly exactly as
 * {@link GeneratedHeader#normalise(StringBuilder)} does, kept in memory up to a limit, and beyond it streamed as
 * UTF-8 into a file together with the checksum the header needs. A body of tens of megabytes (the folder-wide
 * schema.yml of a large design) is so never held whole, let alone copied.
 *
 * <p>The spilled file holds exactly the bytes that follow the header's checksum line: a newline, then the
 * normalised body.
 */
final class SpillingBody extends Writer {

    /** Supplies the file a body spills into. */
    @FunctionalInterface
    interface SpillFiles {
        Path newFile() throws IOException;
    }

    /** An I/O failure of the spill file, carried out of the template engine. */
    static final class SinkFailure extends UncheckedIOException {
        SinkFailure(IOException cause) {
            super(cause);
        }
    }

    private final long limit;
    private final SpillFiles files;
    private StringBuilder memory = new StringBuilder(4096);
    private Path file;
    private MessageDigest digest;
    private Writer spill;

    // normalisation state
    private boolean afterCr;
    private boolean started;
    private final StringBuilder pending = new StringBuilder();
    private char[] scratch = new char[1024];

    SpillingBody(long limit, SpillFiles files) {
        this.limit = limit;
        this.files = files;
    }

    @Override
    public void write(int c) {
        accept((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        writeChars(chars, offset, length);
    }

    @Override
    public void write(String text, int offset, int length) {
        // copied into a reused array: one scanning loop over an array serves both kinds of write
        if (scratch.length < length) {
            scratch = new char[Math.max(length, scratch.length * 2)];
        }
        text.getChars(offset, offset + length, scratch, 0);
        writeChars(scratch, 0, length);
    }

    /**
     * Once the body has started and no CR is involved, a chunk goes through in bulk up to its last character
     * that is neither a newline nor a space; the rest waits in case the body ends there.
     */
    private void writeChars(char[] text, int offset, int length) {
        int end = offset + length;
        if (started && !afterCr) {
            int last = -1;
            boolean cr = false;
            for (int i = offset; i < end; i++) {
                char c = text[i];
                if (c == '\r') {
                    cr = true;
                    break;
                }
                if (c != '\n' && c != ' ') {
                    last = i;
                }
            }
            if (!cr) {
                if (last < 0) {
                    pending.append(text, offset, length);
                    return;
                }
                if (pending.length() > 0) {
                    emit(pending);
                    pending.setLength(0);
                }
                emit(text, offset, last + 1 - offset);
                pending.append(text, last + 1, end - last - 1);
                return;
            }
        }
        for (int i = offset; i < end; i++) {
            accept(text[i]);
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    /** CR LF and lone CR become LF; leading newlines and trailing newlines and spaces are dropped. */
    private void accept(char c) {
        if (c == '\r') {
            afterCr = true;
            normalised('\n');
            return;
        }
        if (c == '\n' && afterCr) {
            afterCr = false;
            return;
        }
        afterCr = false;
        normalised(c);
    }

    private void normalised(char c) {
        if (c == '\n' || c == ' ') {
            if (started || c == ' ' || pending.length() > 0) {
                pending.append(c);
            }
            return;
        }
        started = true;
        if (pending.length() > 0) {
            emit(pending);
            pending.setLength(0);
        }
        emit(c);
    }

    private void emit(CharSequence text) {
        if (spill != null) {
            write(text);
            return;
        }
        memory.append(text);
        spillIfOver();
    }

    private void emit(char[] text, int offset, int length) {
        if (spill != null) {
            try {
                spill.write(text, offset, length);
            } catch (IOException e) {
                throw new SinkFailure(e);
            }
            return;
        }
        memory.append(text, offset, length);
        spillIfOver();
    }

    private void emit(char c) {
        if (spill != null) {
            try {
                spill.write(c);
            } catch (IOException e) {
                throw new SinkFailure(e);
            }
            return;
        }
        memory.append(c);
        spillIfOver();
    }

    private void write(CharSequence text) {
        try {
            spill.append(text);
        } catch (IOException e) {
            throw new SinkFailure(e);
        }
    }

    private void spillIfOver() {
        if (memory.length() <= limit) {
            return;
        }
        try {
            file = files.newFile();
            digest = MessageDigest.getInstance("SHA-256");
            OutputStream out = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(file),
                    64 * 1024), digest);
            // OutputStreamWriter replaces unencodable characters as String.getBytes does
            spill = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            spill.write('\n');
            spill.append(memory);
            memory = null;
        } catch (IOException e) {
            throw new SinkFailure(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Ends the body (one final newline); the body in memory, or null when it spilled. */
    StringBuilder finish() throws IOException {
        pending.setLength(0);
        if (spill == null) {
            memory.append('\n');
            return memory;
        }
        spill.write('\n');
        spill.close();
        return null;
    }

    /** The spill file, once {@link #finish} returned null. */
    Path file() {
        return file;
    }

    /** First 16 hex digits of the SHA-256 of the spill file's bytes, once {@link #finish} returned null. */
    String checksum() {
        return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    }
}
