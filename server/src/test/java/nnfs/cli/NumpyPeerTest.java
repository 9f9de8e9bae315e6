package nnfs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The numpy peer of bench --compare: the newest numpy wins, and it runs without the variables held back. */
class NumpyPeerTest {
    @Test
    void versionsCompareNumberByNumber() {
        assertTrue(NumpyPeer.compareVersions("2.4.6", "1.26.4") > 0);
        assertTrue(NumpyPeer.compareVersions("1.26.4", "1.9.0") > 0, "26 is more than 9, not less");
        assertTrue(NumpyPeer.compareVersions("2.1.0rc1", "2.0.2") > 0);
        assertEquals(0, NumpyPeer.compareVersions("2.0", "2.0.0"));
    }

    @Test
    void numpysProcessesRunWithoutTheHeldBackVariables() throws Exception {
        // the child sees its environment as the numpy scripts do; this JVM's own may or may not set them
        List<String> env = NumpyPeer.run(List.of("env"));
        for (String v : NumpyPeer.HELD_BACK) assertTrue(env.stream().noneMatch(l -> l.startsWith(v + "=")), v + " reached the child: " + env);
    }
}
