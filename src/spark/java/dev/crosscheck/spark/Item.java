package dev.crosscheck.spark;

import java.io.Serializable;

/**
 * What travels to a story between Spark stages: one of its articles, one placed by
 * {@code --group-by field}, or a problem met reading the corpus.
 */
sealed interface Item extends Serializable permits SourceRecord, Placed, ErrorRecord {}
