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
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Mustache configured for SQL and YAML: values are written as they are (no HTML escaping), a variable the
 * view does not have is an error, and every template (partials too) is looked up in the user's template
 * directory first, then among the built-in templates. Compiled templates are cached for the engine's life.
 */
final class TemplateEngine {

    /** Classpath folder of the built-in templates. */
    static final String BUILT_IN_ROOT = "io/dvmaven/templates/dbt";

    private final StrictFactory factory;
    private final Map<String, Mustache> compiled = new ConcurrentHashMap<>();

    TemplateEngine(Path templateDirectory) {
        this.factory = new StrictFactory(new ChainedResolver(templateDirectory));
    }

    /** Renders the template {@code name} (relative to the template root, e.g. {@code hub.sql.mustache}). */
    String render(String name, Object view) throws TemplateException {
        Mustache mustache;
        try {
            mustache = compiled.computeIfAbsent(name, factory::compile);
        } catch (MustacheNotFoundException e) {
            throw new TemplateException(name, "template " + name + " not found in the template directory or"
                    + " the built-in templates (check the name of the file or of the partial it includes)", e);
        } catch (MustacheException e) {
            throw new TemplateException(name, "template " + name + " cannot be compiled: " + e.getMessage(), e);
        }
        StringWriter out = new StringWriter();
        try {
            mustache.execute(out, view).flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            MissingVariableException missing = findCause(e, MissingVariableException.class);
            if (missing != null) {
                throw new TemplateException(name, "template " + name + " uses variable '" + missing.variable
                        + "', which its view does not have (remove it from the template, or use one of the"
                        + " documented variables)", e);
            }
            throw new TemplateException(name, "template " + name + " failed to render: " + e.getMessage(), e);
        }
        return out.toString();
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
