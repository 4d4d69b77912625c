package no.kostrabatch;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The kostra-batch command-line application. */
@SpringBootApplication
public class PipelineApplication {

	public static void main(String[] args) {
		System.exit(no.kostrabatch.cli.Launcher.run(args));
	}

}
