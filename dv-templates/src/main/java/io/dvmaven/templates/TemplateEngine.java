package io.dvmaven.templates;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheNotFoundException;
import com.github.mustachejava.MustacheResolver;
import com.github.mustachejava.reflect.Guard;
import com.github.mustachejava.reflect.MissingWrapper;
import com.github.mustachejava.reflect.ReflectionObjectHandler;
import com.github.mustachejava.resolver.ClasspathResolver;
import com.github.mustachejava.resolver.FileSystemResolver;
import com.github.mustachejava.util.GuardException;
import io.dvmaven.templates.kinds.KindFilesRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Mustache configured for SQL and YAML: values are written as they are (no HTML escaping), a variable the
 * view does not have is an error, and every template (partials too) is looked up in the user's template
 * directory first, then among the built-in templates. Compiled templates are cached for the engine's life.
 */
final class TemplateEngine {

    /** Classpath folder of the built-in templates. */
    static final String BUILT_IN_ROOT = "io/dvmaven/templates/dbt";

    /**
     * Every built-in template, partials included: the schema.yml ones and each structure kind's (a test keeps this
     * list equal to the resource folder).
     */
    static final List<String> BUILT_IN = Stream.concat(SchemaDocs.TEMPLATES.stream(),
            KindFilesRegistry.templates().stream()).sorted().toList();

    private final Path templateDirectory;
    private final StrictFactory factory;
    private final Map<String, Mustache> compiled = new ConcurrentHashMap<>();

    TemplateEngine(Path templateDirectory) {
        this.templateDirectory = templateDirectory;
        this.factory = new StrictFactory(new ChainedResolver(templateDirectory));
    }

    /**
     * SHA-256 of every template a render can resolve, by name: each built-in template (or the user's file that
     * replaces it) and every other file of the user's template directory (a partial only it includes). Any change
     * to a template in use changes this map.
     */
    SortedMap<String, String> templateHashes() {
        return templateHashes(templateDirectory);
    }

    /** As {@link #templateHashes()}, without compiling anything (a run with nothing to do needs only these). */
    static SortedMap<String, String> templateHashes(Path templateDirectory) {
        SortedMap<String, String> hashes = new TreeMap<>();
        try {
            if (templateDirectory != null && Files.isDirectory(templateDirectory)) {
                try (Stream<Path> walk = Files.walk(templateDirectory)) {
                    for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                        String name = templateDirectory.relativize(file).toString().replace('\\', '/');
                        hashes.put(name, "user:" + sha256(Files.readAllBytes(file)));
                    }
                }
            }
            for (String name : BUILT_IN) {
                if (!hashes.containsKey(name)) {
                    try (InputStream in = TemplateEngine.class.getClassLoader()
                            .getResourceAsStream(BUILT_IN_ROOT + "/" + name)) {
                        hashes.put(name, in == null ? "missing" : "built-in:" + sha256(in.readAllBytes()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hashes;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }

    /** Renders the template {@code name} (relative to the template root, e.g. {@code hub.sql.mustache}). */
    String render(String name, Object view) throws TemplateException {
        return renderToBuilder(name, view).toString();
    }

    /** As {@link #render}, into a builder the caller may change (no copy of a large result). */
    StringBuilder renderToBuilder(String name, Object view) throws TemplateException {
        BuilderWriter out = new BuilderWriter();
        renderTo(name, view, out);
        return out.builder;
    }

    /**
     * As {@link #render}, streamed into {@code out} (a large file need never be held whole). A failure of
     * {@code out} surfaces as the {@link SpillingBody.SinkFailure} it threw.
     */
    void renderTo(String name, Object view, Writer out) throws TemplateException {
        Mustache mustache;
        try {
            mustache = compiled.computeIfAbsent(name, factory::compile);
        } catch (MustacheNotFoundException e) {
            throw new TemplateException(name, "template " + name + " not found in the template directory or"
                    + " the built-in templates (check the name of the file or of the partial it includes)", e);
        } catch (MustacheException e) {
            throw new TemplateException(name, "template " + name + " cannot be compiled: " + e.getMessage(), e);
        }
        try {
            mustache.execute(out, view).flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            SpillingBody.SinkFailure io = findCause(e, SpillingBody.SinkFailure.class);
            if (io != null) {
                throw io;
            }
            MissingVariableException missing = findCause(e, MissingVariableException.class);
            if (missing != null) {
                throw new TemplateException(name, "template " + name + " uses variable '" + missing.variable
                        + "', which its view does not have (remove it from the template, or use one of the"
                        + " documented variables)", e);
            }
            throw new TemplateException(name, "template " + name + " failed to render: " + e.getMessage(), e);
        }
    }

    /** A writer into an unsynchronised builder (StringWriter's StringBuffer locks on every write). */
    private static final class BuilderWriter extends Writer {
        final StringBuilder builder = new StringBuilder(4096);

        @Override
        public void write(char[] chars, int offset, int length) {
            builder.append(chars, offset, length);
        }

        @Override
        public void write(String text) {
            builder.append(text);
        }

        @Override
        public void write(String text, int offset, int length) {
            builder.append(text, offset, offset + length);
        }

        @Override
        public void write(int c) {
            builder.append((char) c);
        }

        @Override
        public Writer append(CharSequence text) {
            builder.append(text);
            return this;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    private static <T extends Throwable> T findCause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** Thrown while rendering when a template names a variable no scope has. */
    static final class MissingVariableException extends RuntimeException {
        final String variable;

        MissingVariableException(String variable) {
            super("missing variable '" + variable + "'");
            this.variable = variable;
        }
    }

    private static final class StrictFactory extends DefaultMustacheFactory {
        StrictFactory(MustacheResolver resolver) {
            super(resolver);
            setObjectHandler(new StrictObjectHandler());
        }

        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Reflection lookup (records, maps, getters) where a missing name fails instead of rendering blank. */
    private static final class StrictObjectHandler extends ReflectionObjectHandler {
        @Override
        protected MissingWrapper createMissingWrapper(String name, List<Guard> guards) {
            return new MissingWrapper(name, guards.toArray(new Guard[0])) {
                @Override
                public Object call(List<Object> scopes) throws GuardException {
                    guardCall(scopes);
                    throw new MissingVariableException(name);
                }
            };
        }
    }

    /** User directory first (when given and the file exists there), then the built-in templates. */
    private static final class ChainedResolver implements MustacheResolver {
        private final Path userDirectory;
        private final MustacheResolver user;
        private final MustacheResolver builtIn = new ClasspathResolver(BUILT_IN_ROOT);

        ChainedResolver(Path userDirectory) {
            this.userDirectory = userDirectory;
            this.user = userDirectory == null ? null : new FileSystemResolver(userDirectory);
        }

        @Override
        public Reader getReader(String resourceName) {
            String name = resourceName.startsWith("/") ? resourceName.substring(1) : resourceName;
            if (user != null && Files.isRegularFile(userDirectory.resolve(name))) {
                Reader reader = user.getReader(name);
                if (reader != null) {
                    return reader;
                }
            }
            return builtIn.getReader(name);
        }
    }
}
