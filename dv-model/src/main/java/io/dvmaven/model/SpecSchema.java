package io.dvmaven.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema (draft 2020-12) of the spec format, shipped in this jar so editors (yaml-language-server,
 * IntelliJ) can complete and check specs. It describes what the spec parser accepts: keys, types, the
 * alternative forms and name spelling. The parser checks more (references between fields and files, key arity,
 * SQL reserved words); a test keeps both in agreement.
 */
public final class SpecSchema {

    /** Classpath location of the schema. */
    public static final String RESOURCE = "/io/dvmaven/model/dv-spec.schema.json";
    /** The schema's {@code $id}. */
    public static final String ID = "urn:io.dvmaven:dv-spec:0.1";
    /** The file name {@code dv:init} writes the schema under. */
    public static final String FILE_NAME = "dv-spec.schema.json";

    private SpecSchema() {
    }

    /** The schema text, UTF-8, LF line ends. */
    public static String text() {
        try (InputStream in = SpecSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE + " in dv-model");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
