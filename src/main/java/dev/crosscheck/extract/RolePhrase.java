package dev.crosscheck.extract;

/**
 * A role title before a name or standing for one: "US Defence Secretary". {@code role} is normalised
 * ("defense secretary"), {@code qualifier} the country or body ("united states") or empty;
 * {@code current} is false for "former", "acting" and the like. Tokens [start, end) of its sentence.
 */
record RolePhrase(int start, int end, String text, String role, String qualifier, boolean current) {}
