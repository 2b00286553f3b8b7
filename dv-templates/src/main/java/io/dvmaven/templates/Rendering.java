package io.dvmaven.templates;

import io.dvmaven.model.vault.SpecRef;
import java.util.List;

/** A rendered file: held in memory ({@link RenderedFile}) or, when large, streamed to disk ({@link SpilledFile}). */
public sealed interface Rendering permits RenderedFile, SpilledFile {

    String path();

    String kind();

    List<String> entities();

    List<SpecRef> specs();
}
