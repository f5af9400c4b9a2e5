package io.kfp4j.tooling.doubles;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One double as a user gave it: the task or component it stands in for, its outputs' values as KFP text, and where
 * it was given, for messages.
 *
 * @param match a task name ({@code create-secret}) or a component name ({@code Echo}), as {@code TaskDouble} matches
 * @param outputs output name to its value as KFP text, in the order given
 * @param origin where it was given: {@code --double "create-secret:name=s-1"} or {@code doubles.yaml:3:1}
 */
public record GivenDouble(String match, Map<String, String> outputs, String origin) {
  public GivenDouble {
    Objects.requireNonNull(match, "match");
    Objects.requireNonNull(origin, "origin");
    outputs = Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
  }
}
