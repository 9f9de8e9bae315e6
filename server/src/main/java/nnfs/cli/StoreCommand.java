package nnfs.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import nnfs.server.Backup;
import nnfs.server.ModelStore;

/** {@code store export} and {@code store import}: every model as JSON lines, to back up or to move a store. */
final class StoreCommand implements Main.Command {
    @Override
    public String summary() {
        return "export or import every stored model as JSON lines (backups, SQLite <-> PostgreSQL)";
    }

    @Override
    public String help() {
        return String.join("\n",
                "Usage: nnfs store export [--data DIR | --db JDBC-URL] [--out FILE]",
                "       nnfs store import FILE [--data DIR | --db JDBC-URL]",
                "export writes one line per model ({\"id\", \"created\", \"verified\", \"tokenHash\", \"document\"}; the delete",
                "tokens only as their hashes) to FILE or standard output. import puts back every model that is not in the",
                "store yet, under its own id and with its own delete token, after the same checks as a model posted to the",
                "server (its training replayed); each line it refuses is named on standard error, and it exits 1 if any was.",
                "The store is DIR/models.db (default ./nnfs-data) or --db, as for serve (NNFS_DATA, NNFS_DB).",
                "",
                "Example: java -jar nnfs.jar store export --out models.jsonl && java -jar nnfs.jar store import models.jsonl \\",
                "           --db jdbc:postgresql://127.0.0.1:5432/nnfs");
    }

    @Override
    public Set<String> flags() {
        return Set.of();
    }

    @Override
    public int run(Args a, PrintStream out, PrintStream err) throws Exception {
        List<String> words = a.positional();
        String action = words.isEmpty() ? "" : words.get(0);
        if (!action.equals("export") && !action.equals("import")) throw new UsageException("expected 'store export' or 'store import FILE'");
        Path data = Path.of(a.string("data", ServeCommand.env("NNFS_DATA", "nnfs-data")));
        String db = a.string("db", ServeCommand.env("NNFS_DB", null));
        String file = action.equals("export") ? a.string("out", null) : null;
        if (action.equals("import") && words.size() < 2) throw new UsageException("store import needs the FILE to read");
        a.done(action.equals("import") ? 2 : 1);
        ModelStore store = ServeCommand.openStore(data, db, "store", err);
        if (store == null) return 1;
        try (store) {
            if (action.equals("export")) {
                var sink = file == null ? out : new PrintStream(Files.newOutputStream(Path.of(file)), false, StandardCharsets.UTF_8);
                try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(sink, StandardCharsets.UTF_8))) {
                    long n = Backup.export(store, w);
                    err.println("exported " + n + " models");
                }
                return 0;
            }
            Path in = Path.of(words.get(1));
            if (!Files.isReadable(in)) throw new UsageException("cannot read " + in);
            try (BufferedReader r = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
                Backup.Restored done = Backup.restore(store, r, err);
                out.println("imported " + done.added() + " models; " + done.present() + " were there already; " + done.refused() + " refused");
                return done.refused() > 0 ? 1 : 0;
            }
        }
    }
}
