package nnfs.client;

import static org.junit.jupiter.api.Assertions.*;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.teavm.jso.JSExport;

/**
 * The worker names the WebAssembly build's exports one by one (the JavaScript build exports them all by itself): a
 * function added to the engine and not to that list would work in one build and be missing in the other, the
 * browsers' default. The list and Engine's exports must be the same.
 */
class WorkerExportsTest {
    @Test
    void theWorkerTakesEveryExportOfTheEngineAndNothingElse() throws Exception {
        String worker = Files.readString(Path.of("..", "web", "js", "worker.js"), StandardCharsets.UTF_8);
        Matcher list = Pattern.compile("\\[((?:\\s*'[A-Za-z]+',?)+)\\s*\\]\\.forEach\\(name => \\{ self\\[name\\] = m\\.exports\\[name\\]").matcher(worker);
        assertTrue(list.find(), "worker.js names the WebAssembly build's exports in one list");
        TreeSet<String> named = new TreeSet<>();
        Matcher name = Pattern.compile("'([A-Za-z]+)'").matcher(list.group(1));
        while (name.find()) named.add(name.group(1));
        TreeSet<String> exported = new TreeSet<>();
        for (Method m : Engine.class.getDeclaredMethods()) {
            if (m.isAnnotationPresent(JSExport.class) && Modifier.isStatic(m.getModifiers())) exported.add(m.getName());
        }
        assertFalse(exported.isEmpty());
        assertEquals(exported, named, "Engine's @JSExport methods and worker.js's list; only in Engine: "
                + diff(exported, named) + ", only in the worker: " + diff(named, exported));
    }

    private static String diff(TreeSet<String> a, TreeSet<String> b) {
        TreeSet<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return Arrays.toString(d.toArray());
    }
}
