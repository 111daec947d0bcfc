package dev.crosscheck.report.html;

/**
 * A source as findings name it: its id, a short tag within its story ("A", "B", ...), the name to
 * show (the outlet, else the id), the key the filters use ("src1", unique in the corpus) and the
 * anchor of its text.
 */
public record SourceRef(String id, String tag, String name, String key, String textAnchor) {}
