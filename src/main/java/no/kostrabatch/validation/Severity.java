package no.kostrabatch.validation;

/** How serious a finding is: FATAL stops the checks, ERROR blocks submission, WARNING allows it. */
public enum Severity {

	INFO, WARNING, ERROR, FATAL

}
