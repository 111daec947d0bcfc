package dev.crosscheck.rules;

import dev.crosscheck.model.Finding;
import dev.crosscheck.model.Kind;
import dev.crosscheck.model.ValueType;
import java.util.List;
import java.util.Set;

/**
 * The algorithm behind a rule ({@code check:} in the catalog). A check declares the kind of
 * findings it makes, the value types it can read and the parameters it accepts; the catalog loader
 * holds every rule to them.
 */
public interface Check {
  String name();

  Kind kind();

  Set<ValueType> types();

  List<Param> parameters();

  List<Finding> run(Rule rule, StoryClaims story);
}
