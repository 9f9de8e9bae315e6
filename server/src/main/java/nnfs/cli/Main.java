package nnfs.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code java -jar nnfs.jar COMMAND [options]}: every command in one table, each with {@code --help}. A bad
 * argument prints one line on stderr saying what is wrong and exits with 2; with no command, {@code serve}.
 */
public final class Main {
    private Main() {}

    /** A command: its one-line summary, its help, and its work. */
    interface Command {
        String summary();

        String help();

        /** Flags (options without a value) the command takes. */
        Set<String> flags();

        int run(Args args, PrintStream out, PrintStream err) throws Exception;
    }

    static Map<String, Command> commands() {
        Map<String, Command> c = new LinkedHashMap<>();
        c.put("serve", new ServeCommand());
        c.put("train", new TrainCommand());
        c.put("dataset", new DatasetCommand());
        c.put("logreg", new LogregCommand());
        c.put("sweep", new SweepCommand());
        c.put("gradcheck", new GradcheckCommand());
        c.put("reproduce", new ReproduceCommand());
        c.put("bench", new BenchCommand());
        c.put("store", new StoreCommand());
        return c;
    }

    public static void main(String[] argv) {
        int code = run(argv, System.out, System.err);
        System.out.flush();
        if (code != 0) System.exit(code);
    }

    static int run(String[] argv, PrintStream out, PrintStream err) {
        Map<String, Command> commands = commands();
        if (argv.length > 0 && (argv[0].equals("--help") || argv[0].equals("-h") || argv[0].equals("help"))) {
            out.println(usage(commands));
            return 0;
        }
        String name = argv.length == 0 || argv[0].startsWith("--") ? "serve" : argv[0];
        int first = argv.length == 0 || argv[0].startsWith("--") ? 0 : 1;
        Command cmd = commands.get(name);
        if (cmd == null) {
            err.println("nnfs: unknown command '" + name + "' (commands: " + String.join(", ", commands.keySet()) + ")");
            return 2;
        }
        for (int i = first; i < argv.length; i++) {
            if (argv[i].equals("--help") || argv[i].equals("-h")) {
                out.println(cmd.help());
                return 0;
            }
        }
        try {
            return cmd.run(new Args(argv, first, cmd.flags()), out, err);
        } catch (UsageException e) {
            err.println("nnfs " + name + ": " + e.getMessage());
            return 2;
        } catch (Exception e) {
            err.println("nnfs " + name + ": " + e);
            return 1;
        }
    }

    static String usage(Map<String, Command> commands) {
        StringBuilder sb = new StringBuilder("nnfs: the neural network from scratch of Denny Britz's article, exactly.\n\n"
                + "Usage: java -jar nnfs.jar [COMMAND] [options]   (COMMAND --help for its options; no command: serve)\n\nCommands:\n");
        for (Map.Entry<String, Command> e : commands.entrySet()) {
            sb.append(String.format("  %-10s %s%n", e.getKey(), e.getValue().summary()));
        }
        return sb.toString().trim();
    }
}
