package no.kostrabatch.input;

/** Type of a fixed-width field: text (possibly with a code list), integer or date. */
public enum FieldType {

	STRING, INTEGER, DATE

}
