package dev.quiver.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {

    @Test
    void shouldFollowXdgOnLinux() {
        DataDirectory dir = new DataDirectory(Map.of("XDG_DATA_HOME", "/x"), "Linux", "/home/u");
        assertThat(dir.defaultDatabase()).isEqualTo(Path.of("/x/quiver/quiver.db"));
        assertThat(new DataDirectory(Map.of(), "Linux", "/home/u").root())
                .isEqualTo(Path.of("/home/u/.local/share/quiver"));
    }

    @Test
    void shouldPreferExplicitDatabaseAndHome() {
        assertThat(new DataDirectory(Map.of("QUIVER_DB", "/d/q.db"), "Linux", "/h").defaultDatabase())
                .isEqualTo(Path.of("/d/q.db"));
        assertThat(new DataDirectory(Map.of("QUIVER_HOME", "/q"), "Mac OS X", "/h").demoDatabase())
                .isEqualTo(Path.of("/q/demo.db"));
    }

    @Test
    void shouldUseApplicationSupportOnMac() {
        assertThat(new DataDirectory(Map.of(), "Mac OS X", "/Users/u").root())
                .isEqualTo(Path.of("/Users/u/Library/Application Support/Quiver"));
    }
}
