package dev.crosscheck.spark;

import dev.crosscheck.ingest.FeedRules;
import java.io.Serializable;

/** A file of the corpus found by the listing: its story (folder), URI, path relative to the corpus and kind. */
record FileEntry(String story, String uri, String file, FeedRules.Kind kind) implements Serializable {}
