package no.kostrabatch.staging;

/** A municipality and month that an import delivers; a later import of the same scope replaces it. */
public record ImportScope(String municipality, int year, int month) {
}
