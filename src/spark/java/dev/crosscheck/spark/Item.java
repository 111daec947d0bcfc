package dev.crosscheck.spark;

import java.io.Serializable;

/** What the reading stage sends to a story: one of its articles, or a problem met reading the corpus. */
sealed interface Item extends Serializable permits SourceRecord, ErrorRecord {}
