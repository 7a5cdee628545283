package org.plantrace.planpackage;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.plantrace.ingest.InputRejectedException;

/**
 * The keys of a package's {@code plan.properties} that say what the package is: {@code code=},
 * {@code document=} and, for a lower plan, {@code parent=} (the parent plan's code). The plan's
 * name, level and period are read by the ingest (application.PlanSource), not here.
 */
record PackageProperties(String code, String document, String parent) {
    static PackageProperties read(Path folder) throws InputRejectedException {
        Path file = folder.resolve(PlanPackage.PROPERTIES);
        String where = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new InputRejectedException(folder.toString(), "文件夹中没有 " + PlanPackage.PROPERTIES + "，不是规划资料包");
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new InputRejectedException(where, "无法读取（应为 UTF-8 编码的属性文件）: " + e.getMessage(), e);
        }
        String code = p.getProperty("code", "").strip();
        if (code.isEmpty()) {
            throw new InputRejectedException(where, "缺少 code=，请补上后重试");
        }
        String document = p.getProperty("document", "").strip();
        String parent = p.getProperty("parent", "").strip();
        return new PackageProperties(code, document.isEmpty() ? null : document, parent.isEmpty() ? null : parent);
    }
}
