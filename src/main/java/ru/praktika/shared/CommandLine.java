package ru.praktika.shared;

/** What the command-line commands (create-admin, backup, restore, …) share: reading their options. */
public final class CommandLine {

    private CommandLine() {}

    /** The value of {@code --name value} or {@code --name=value}, or {@code null} when it is not given. */
    public static String option(String[] args, String name) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(name) && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith(name + "=")) {
                return args[i].substring(name.length() + 1);
            }
        }
        return null;
    }
}
