package no.kostrabatch.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The {@code kostra} command and its sub-commands. */
@Command(name = "kostra", mixinStandardHelpOptions = true, version = "kostra-batch 0.1",
		description = "Statistics and reports on economic social assistance (KOSTRA 11F) for municipalities.",
		footer = ExitCodes.HELP,
		subcommands = { DemoCommand.class, AnnualCommand.class, MonthlyCommand.class, ImportCommand.class,
				ValidateCommand.class, Export11fCommand.class, GenerateCommand.class, RunCommand.class,
				ScheduleCommand.class, AuditCommand.class, BenchCommand.class })
class KostraCommand {

	@Mixin
	DebugOption debug;

}
