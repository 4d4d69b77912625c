package no.kostrabatch;

import no.kostrabatch.cli.Launcher;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The kostra-batch command-line application: parses the command line first and starts Spring (store
 * and jobs) only for the commands that need it, then exits with the command's exit code.
 */
@SpringBootApplication
public class PipelineApplication {

	public static void main(String[] args) {
		System.exit(Launcher.run(args));
	}

}
