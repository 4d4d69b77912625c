package no.kostrabatch.cli;

/** Temporary entry point until the command line is wired. */
public final class Launcher {

	private Launcher() {
	}

	public static int run(String[] args) {
		return 0;
	}

}
