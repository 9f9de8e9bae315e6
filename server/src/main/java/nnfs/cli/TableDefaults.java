package nnfs.cli;

import java.lang.reflect.Field;
import nnfs.settings.Setting;
import nnfs.settings.Settings;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The defaults and ranges of the options that stand for a setting ({@link TableKey}): the settings table's, the
 * same as the page's and the server's, so that the command line cannot drift from them.
 */
final class TableDefaults implements IDefaultValueProvider {
    @Override
    public String defaultValue(ArgSpec arg) {
        if (arg.defaultValue() != null) return null; // a command that sets its own default keeps it (gradcheck's --passes)
        Setting row = row(arg);
        if (row == null || row.def == null) return null;
        if (row.def instanceof Double d) {
            return row.kind == Setting.Kind.INT ? String.valueOf((long) (double) d) : String.valueOf(d);
        }
        return String.valueOf(row.def);
    }

    /** The table's row of an option, or null when it stands for none. */
    static Setting row(ArgSpec arg) {
        if (arg == null || !(arg.userObject() instanceof Field f)) return null;
        TableKey key = f.getAnnotation(TableKey.class);
        return key == null ? null : Settings.find(key.value());
    }

    /** Refuses a value outside the table's range of the option's row, naming the option and the range. */
    static void checkRange(CommandSpec spec, String option, double value) {
        Setting row = row(spec.findOption(option));
        if (row == null) throw new IllegalStateException(option + " has no row in the settings table");
        if (!(value >= row.min && value <= row.max)) {
            String range = row.kind == Setting.Kind.INT ? (long) row.min + " and " + (long) row.max : row.min + " and " + row.max;
            throw new UsageException(option + ": must be between " + range + ", got " + format(value, row));
        }
    }

    private static String format(double v, Setting row) {
        return row.kind == Setting.Kind.INT && v == Math.rint(v) && Math.abs(v) < 1e18 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
