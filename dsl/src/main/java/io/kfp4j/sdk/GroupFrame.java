package io.kfp4j.sdk;

import io.kfp4j.sdk.ir.Comparison;
import io.kfp4j.sdk.ir.LoopSource;
import java.util.ArrayList;
import java.util.List;

/** A group while its body runs: what kind it is and the tasks and groups created in it so far. */
final class GroupFrame {
  enum Kind { ROOT, CONDITION, LOOP, EXIT_HANDLER }

  final Kind kind;
  final String name;
  final List<Object> members = new ArrayList<>();
  Comparison condition;
  LoopSource loopSource;
  String loopItemName;
  Integer parallelism;
  Task<?> exitTask;

  GroupFrame(Kind kind, String name) {
    this.kind = kind;
    this.name = name;
  }
}
