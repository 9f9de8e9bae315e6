package nnfs.client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nnfs.settings.Settings;

/**
 * Writes the settings table for the page at build time: {@code settings.json}, and {@code settings.js}, the same JSON
 * as a classic script's constant for pages that read it before any fetch. Here, not in shared, which does no I/O.
 */
public final class SettingsJson {
    private SettingsJson() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) throw new IllegalArgumentException("usage: SettingsJson DIRECTORY");
        Path dir = Files.createDirectories(Path.of(args[0]));
        String json = Settings.json();
        Files.writeString(dir.resolve("settings.json"), json + "\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("settings.js"), "// Generated from shared's nnfs.settings.Settings at build time: do not edit.\n"
                + "'use strict';\nconst SETTINGS = " + json + ";\n", StandardCharsets.UTF_8);
    }
}
