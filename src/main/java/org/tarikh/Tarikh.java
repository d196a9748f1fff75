package org.tarikh;

import org.tarikh.cli.TarikhCommand;

import picocli.CommandLine;

/** Entry point of {@code tarikh.jar}. */
public final class Tarikh {

    private Tarikh() {
    }

    public static void main(String[] args) {
        System.exit(TarikhCommand.commandLine(args).execute(args));
    }
}
