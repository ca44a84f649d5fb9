package org.supervisorj.ctl.shell;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.PrintStream;
import java.nio.file.Path;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.supervisorj.ctl.command.Console;
import org.supervisorj.ctl.command.Controller;
import org.supervisorj.ctl.config.ClientSettings;

/**
 * The interactive shell: runs {@code status} first, then reads action lines until quit, exit, end of
 * input or Ctrl-C. On a terminal JLine gives line editing, completion and a history file; otherwise
 * lines are read plainly, with the prompt written to stdout as Python does.
 */
public final class Shell {
    private Shell() {
    }

    /** Console for a non-interactive run, or the shell when stdin is not a terminal. */
    public static Console plainConsole(InputStream in, PrintStream out, PrintStream err) {
        return new PlainConsole(in, out, err);
    }

    /** Whether the JVM is attached to a terminal on stdin and stdout. */
    public static boolean onTerminal() {
        java.io.Console c = System.console();
        return c != null && c.isTerminal();
    }

    /** Runs the shell over JLine on the process's terminal. Returns when the user leaves. */
    public static void runOnTerminal(ClientSettings settings, PrintStream out, PrintStream err) throws IOException {
        try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
            DefaultParser parser = new DefaultParser();
            // Whole "group:name", "group:*" and "a-b" are one word, as Python's completer delimiters make them.
            parser.setEscapeChars(new char[0]);
            parser.setQuoteChars(new char[0]);
            LineReaderBuilder builder = LineReaderBuilder.builder().terminal(terminal).parser(parser)
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                    .option(LineReader.Option.AUTO_MENU, true)
                    // One plain line per entry, as GNU readline's history file has it.
                    .option(LineReader.Option.HISTORY_TIMESTAMPED, false);
            if (settings.historyFile() != null) {
                builder.variable(LineReader.HISTORY_FILE, Path.of(settings.historyFile()));
            }
            JLineConsole[] console = new JLineConsole[1];
            Controller ctl = new Controller(settings, out, err, new Console() {
                @Override
                public String readLine(String prompt) throws IOException {
                    return console[0].readLine(prompt);
                }

                @Override
                public String readPassword(String prompt) throws IOException {
                    return console[0].readPassword(prompt);
                }

                @Override
                public void interruptibly(Runnable onInterrupt, Body body) throws Exception {
                    console[0].interruptibly(onInterrupt, body);
                }
            });
            LineReader reader = builder.completer(new NameCompleter(ctl)).build();
            console[0] = new JLineConsole(terminal, reader);
            try {
                loop(ctl, console[0], settings.prompt() + "> ");
            } finally {
                reader.getHistory().save();
            }
        }
    }

    /** The read-eval loop, shared by both consoles. */
    public static void loop(Controller ctl, Console console, String prompt) {
        if (ctl.onecmd("status")) {
            return;
        }
        while (true) {
            String line;
            try {
                line = console.readLine(prompt);
            } catch (EOFException e) {
                line = "EOF";
            } catch (InterruptedIOException e) {
                ctl.output("");
                return;
            } catch (IOException e) {
                return;
            }
            if (ctl.onecmd(line)) {
                return;
            }
        }
    }
}
