package dev.crosscheck.ingest;

import java.util.Optional;

/** Text decoded from a file's bytes, with a note when the decoding had to guess or cut. */
record Decoded(String text, Optional<String> note) {}
