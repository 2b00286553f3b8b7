package io.dvmaven.templates;

import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the sample vault's files into a directory, for running them with real dbt. Not a test. */
final class RenderSampleToDirectory {
    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        var files = new DbtProjectRenderer(new RenderOptions("0.0.0-proof", null, null, true))
                .render(SampleVaults.memberCoverage());
        for (RenderedFile file : files) {
            Path path = target.resolve(file.path());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.content());
        }
        System.out.println(files.size() + " files");
    }
}
