package org.tarikh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandLineTest {

    @ParameterizedTest
    @ValueSource(strings = {"run", "tag", "timeline", "schedule"})
    void everySubcommandHasHelp(String command) {
        StringWriter out = new StringWriter();
        int code = TarikhCommand.commandLine().setOut(new PrintWriter(out)).execute(command, "--help");
        assertThat(code).isZero();
        assertThat(out.toString()).contains("Usage: tarikh " + command);
    }

    @ParameterizedTest
    @ValueSource(strings = {"--no-such-option", "--from=yesterday"})
    void badUsageExitsWithTheUsageCode(String option) {
        StringWriter err = new StringWriter();
        int code = TarikhCommand.commandLine().setErr(new PrintWriter(err)).execute("timeline", option);
        assertThat(code).isEqualTo(ExitCodes.USAGE);
    }
}
