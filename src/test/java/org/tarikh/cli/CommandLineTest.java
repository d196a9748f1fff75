package org.tarikh.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarikh.cli.InProcessCli.tarikh;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;
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

    @Test
    void aNamedSubcommandIsTheOnlyOneBuilt() {
        assertThat(TarikhCommand.commandLine("tag", "--threads", "2").getSubcommands()).containsOnlyKeys("tag");
        assertThat(TarikhCommand.commandLine("run").getSubcommands()).containsOnlyKeys("run");
        assertThat(TarikhCommand.commandLine("stock-heideltime").getSubcommands()).containsOnlyKeys("stock-heideltime");
        assertThat(TarikhCommand.commandLine().getSubcommands()).hasSize(TarikhCommand.SUBCOMMANDS.size());
        assertThat(TarikhCommand.commandLine("help", "tag").getSubcommands()).hasSize(TarikhCommand.SUBCOMMANDS.size());
        assertThat(TarikhCommand.commandLine("--help").getSubcommands()).hasSize(TarikhCommand.SUBCOMMANDS.size());
        assertThat(TarikhCommand.commandLine("no-such-command").getSubcommands()).hasSize(TarikhCommand.SUBCOMMANDS.size());
    }

    @Test
    void theSettingsReachTheSubcommand() {
        picocli.CommandLine tag = TarikhCommand.commandLine("tag").getSubcommands().get("tag");
        assertThat(tag.isCaseInsensitiveEnumValuesAllowed()).isTrue();
        assertThat(tag.getExecutionExceptionHandler()).isNotNull();
        assertThat(TarikhCommand.commandLine().getSubcommands().get("export").isCaseInsensitiveEnumValuesAllowed()).isTrue();
    }

    @Test
    void theUsageListsEveryCommandAsBefore() {
        StringWriter usage = new StringWriter();
        TarikhCommand.commandLine("--help").setOut(new PrintWriter(usage)).execute("--help");
        assertThat(usage.toString()).contains("run", "tag", "timeline", "export", "schedule", "worker", "migrate-db",
                "curate", "eval", "eval-events", "bench", "check-news", "help").doesNotContain("stock-heideltime");
    }
}
