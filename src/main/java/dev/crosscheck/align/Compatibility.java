package dev.crosscheck.align;

import dev.crosscheck.model.Claim;

/** Whether two claims' values can both be true: the rule catalog's notion, used to align claims. */
@FunctionalInterface
public interface Compatibility {
  boolean compatible(Claim a, Claim b);
}
