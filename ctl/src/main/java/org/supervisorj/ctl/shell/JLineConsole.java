package org.supervisorj.ctl.shell;

import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.supervisorj.ctl.command.Console;

/** The console of the interactive shell on a terminal: line editing, history and completion by JLine. */
final class JLineConsole implements Console {
    private final Terminal terminal;
    private final LineReader reader;

    JLineConsole(Terminal terminal, LineReader reader) {
        this.terminal = terminal;
        this.reader = reader;
    }

    @Override
    public String readLine(String prompt) throws IOException {
        try {
            return reader.readLine(prompt);
        } catch (EndOfFileException e) {
            throw new EOFException();
        } catch (UserInterruptException e) {
            throw new InterruptedIOException("interrupted");
        }
    }

    @Override
    public String readPassword(String prompt) throws IOException {
        try {
            return reader.readLine(prompt, '\0');
        } catch (EndOfFileException e) {
            throw new EOFException();
        } catch (UserInterruptException e) {
            throw new InterruptedIOException("interrupted");
        }
    }

    @Override
    public void interruptibly(Runnable onInterrupt, Body body) throws Exception {
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, s -> onInterrupt.run());
        try {
            body.run();
        } finally {
            terminal.handle(Terminal.Signal.INT, previous);
        }
    }
}
