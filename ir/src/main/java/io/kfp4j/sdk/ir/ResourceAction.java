package io.kfp4j.sdk.ir;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a resource task does with its Kubernetes manifest, as KFP's {@code ResourceOp(action=...)}. */
public enum ResourceAction {
  /** Creates the object; fails when it exists. */
  CREATE,
  /** Creates or updates the object ({@code kubectl apply}). */
  APPLY,
  /** Patches the existing object with the manifest. */
  PATCH,
  /** Deletes the object; such a task has no outputs and no conditions. */
  DELETE,
  /** Replaces the existing object. */
  REPLACE;

  /** The action as KFP and kubectl write it: {@code create}, {@code apply}, ... */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The action of that wire name ({@code "apply"}), if it is one. */
  public static Optional<ResourceAction> of(String wireName) {
    return Arrays.stream(values()).filter(a -> a.wireName().equals(wireName)).findFirst();
  }
}
