package dev.crosscheck.model;

/** A source of a story as the report lists it. */
public record SourceInfo(String id, String file, String title, String outlet, String url, String published, int words,
    int claims) {}
