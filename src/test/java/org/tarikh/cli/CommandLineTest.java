package org.tarikh.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarikh.cli.InProcessCli.tarikh;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandLineTest {

    @ParameterizedTest
    @ValueSource(strings = {"run", "tag", "timeline", "schedule"})
    void everySubcommandHasHelp(String command) {
        InProcessCli.Result help = tarikh(command, "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("Usage: tarikh " + command);
    }

    @ParameterizedTest
    @ValueSource(strings = {"--no-such-option", "--from=yesterday"})
    void badUsageExitsWithTheUsageCode(String option) {
        assertThat(tarikh("timeline", option).code()).isEqualTo(ExitCodes.USAGE);
    }
}
