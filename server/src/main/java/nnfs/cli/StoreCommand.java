package nnfs.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nnfs.server.store.Backup;
import nnfs.server.store.ChallengeStore;
import nnfs.server.store.JdbcModelStore;
import nnfs.server.store.ModelStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code store export} and {@code store import}: every model as JSON lines, to back up or to move a store. */
@Command(name = "store", mixinStandardHelpOptions = true, subcommands = {StoreCommand.Export.class, StoreCommand.Import.class},
        description = {"Export or import every stored model as JSON lines (backups, SQLite <-> PostgreSQL).",
                "export writes one line per model ({\"id\", \"created\", \"verified\", \"tokenHash\", \"document\"}; the delete tokens only as their hashes) to FILE or standard output. import puts back every model that is not in the store yet, under its own id and with its own delete token, after the same checks as a model posted to the server (its training replayed); each line it refuses is named on standard error, and it exits 1 if any was. The store is DIR/models.db (default ./nnfs-data) or --db, as for serve (NNFS_DATA, NNFS_DB)."},
        footer = {"", "Example: java -jar nnfs.jar store export --out models.jsonl",
                "         java -jar nnfs.jar store import models.jsonl --db jdbc:postgresql://127.0.0.1:5432/nnfs"})
final class StoreCommand extends NnfsCommand {
    @Override
    public Integer call() {
        throw new UsageException("expected 'store export' or 'store import FILE'");
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Write every stored model, challenge and entry as one JSON line each.")
    static final class Export extends NnfsCommand {
        @Mixin
        StoreOptions store;

        @Option(names = "--out", paramLabel = "FILE", description = "the file to write (default: standard output)")
        Path file;

        @Override
        public Integer call() throws Exception {
            ModelStore models = store.open(who(), err);
            if (models == null) return 1;
            try (models) {
                PrintStream sink = file == null ? out : new PrintStream(Files.newOutputStream(file), false, StandardCharsets.UTF_8);
                try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(sink, StandardCharsets.UTF_8))) {
                    Backup.Exported n = Backup.export(models, new ChallengeStore((JdbcModelStore) models), w);
                    err.println("exported " + n.models() + " models, " + n.challenges() + " challenges, " + n.entries() + " entries");
                }
                return 0;
            }
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true, description = "Put back every model, challenge and entry of an export that the store does not have.")
    static final class Import extends NnfsCommand {
        @Parameters(paramLabel = "FILE", description = "an export's JSON lines")
        Path in;

        @Mixin
        StoreOptions store;

        @Override
        public Integer call() throws Exception {
            if (!Files.isReadable(in)) throw new UsageException("cannot read " + in);
            ModelStore models = store.open(who(), err);
            if (models == null) return 1;
            try (models; BufferedReader r = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
                Backup.Restored done = Backup.restore(models, new ChallengeStore((JdbcModelStore) models), r, err);
                out.println("imported " + done.models() + " models, " + done.challenges() + " challenges, " + done.entries() + " entries; "
                        + done.present() + " were there already; " + done.refused() + " refused");
                return done.refused() > 0 ? 1 : 0;
            }
        }
    }
}
