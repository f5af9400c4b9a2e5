package io.kfp4j.sdk.local;

import io.kfp4j.runtime.types.PythonJson;
import io.kfp4j.sdk.ir.ArgumentValue;
import io.kfp4j.sdk.ir.Comparison;
import io.kfp4j.sdk.ir.Group;
import io.kfp4j.sdk.ir.LoopSource;
import io.kfp4j.sdk.ir.Member;
import io.kfp4j.sdk.ir.PipelineGraph;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a pipeline's groups as Argo runs DAGs: a member starts when the members it reads from have finished;
 * a member whose upstream failed is skipped, and so are its dependents; conditions decide when their operands
 * are known; loops run their iterations in parallel up to their parallelism; the exit task runs last, whatever
 * happened. Tasks run on a fixed pool, so at most that many run at once.
 */
final class Engine {
  private final PipelineGraph graph;
  private final EngineContext context;
  private final ExecutorService pool;
  private final int maxRecursionDepth;
  private volatile boolean cancelled;

  Engine(PipelineGraph graph, EngineContext context, ExecutorService pool) {
    this(graph, context, pool, LocalRunner.DEFAULT_MAX_RECURSION_DEPTH);
  }

  /** An engine that fails a recursive graph component's call deeper than {@code maxRecursionDepth} levels. */
  Engine(PipelineGraph graph, EngineContext context, ExecutorService pool, int maxRecursionDepth) {
    this.graph = graph;
    this.context = context;
    this.pool = pool;
    this.maxRecursionDepth = maxRecursionDepth;
  }

  /** Runs everything; returns whether every task that ran succeeded. */
  boolean run() {
    boolean ok = runGroup(graph.root(), Scope.ROOT).exceptionally(e -> false).join();
    String exitTask = graph.exitTask().orElse(null);
    if (exitTask != null && !cancelled) {
      ok &= runTask(exitTask, Scope.ROOT).exceptionally(e -> false).join();
    }
    return ok;
  }

  /** Stops the run: running tasks are interrupted (their processes killed), the rest never start. */
  void cancel() {
    cancelled = true;
    // tasks still queued never run, but their futures must complete, or the run waits for them forever:
    // run them here, where they see the cancel and record their task as cancelled
    for (Runnable queued : pool.shutdownNow()) {
      queued.run();
    }
  }

  boolean cancelled() {
    return cancelled;
  }

  private CompletableFuture<Boolean> runGroup(Group group, Scope scope) {
    Map<Member, CompletableFuture<Boolean>> done = new IdentityHashMap<>();
    for (Member member : group.members()) {
      List<CompletableFuture<Boolean>> deps = context.index().dependencies(group, member).stream().map(done::get).toList();
      CompletableFuture<Boolean> future = CompletableFuture.allOf(deps.toArray(CompletableFuture[]::new))
          .thenCompose(ignored -> {
            if (deps.stream().anyMatch(d -> !d.join())) {
              skip(member, scope, TaskStatus.SKIPPED, "skipped: an upstream task failed or did not run");
              return CompletableFuture.completedFuture(false);
            }
            return runMember(member, scope);
          });
      done.put(member, future);
    }
    return CompletableFuture.allOf(done.values().toArray(CompletableFuture[]::new))
        .thenApply(ignored -> done.values().stream().allMatch(CompletableFuture::join));
  }

  private CompletableFuture<Boolean> runMember(Member member, Scope scope) {
    if (cancelled) {
      skip(member, scope, TaskStatus.CANCELLED, "the run was cancelled");
      return CompletableFuture.completedFuture(false);
    }
    if (member instanceof Member.TaskMember t) {
      return runTask(t.task(), scope);
    }
    if (member instanceof Group.Conditional c) {
      Boolean holds;
      try {
        holds = holds(c.condition(), scope);
      } catch (RuntimeException e) {
        skip(member, scope, TaskStatus.SKIPPED, "condition " + GroupNames.of(c) + " could not be evaluated: " + e.getMessage());
        return CompletableFuture.completedFuture(false);
      }
      if (!holds) {
        skip(member, scope, TaskStatus.SKIPPED, "condition " + GroupNames.of(c) + " was false");
        return CompletableFuture.completedFuture(true);
      }
      return runGroup(c, scope);
    }
    if (member instanceof Group.Graph call && call.recursive()) {
      return runGroup(call, scope.recurse(call.id(), 0, Map.of(), Map.of()));
    }
    if (member instanceof Member.RecursiveCall call) {
      return recurse(call, scope);
    }
    if (member instanceof Group.Loop loop) {
      List<Object> items;
      try {
        items = items(loop, scope);
      } catch (RuntimeException e) {
        skip(member, scope, TaskStatus.SKIPPED, "the items of " + GroupNames.of(loop) + " could not be read: " + e.getMessage());
        return CompletableFuture.completedFuture(false);
      }
      return runLoop(loop, items, scope);
    }
    return runGroup((Group) member, scope);
  }

  /**
   * Runs the graph component's call again, one level deeper, with the recursive call's arguments standing for the
   * first call's; past the depth limit its tasks fail instead, with what to check.
   */
  private CompletableFuture<Boolean> recurse(Member.RecursiveCall call, Scope scope) {
    Group.Graph target = (Group.Graph) graph.group(call.graph()).orElseThrow();
    int depth = scope.indices().getOrDefault(target.id(), 0) + 1;
    Scope deeper = scope.recurse(target.id(), depth, target.arguments(), call.arguments());
    if (depth > maxRecursionDepth) {
      String why = GroupNames.of(target) + ": graph component \"" + target.name() + "\" called itself more than "
          + maxRecursionDepth + " times, so its Condition never ended the recursion; check the condition around the"
          + " recursive call, or allow deeper recursion (kfp4j run --max-recursion-depth N,"
          + " -Dkfp4j.maxRecursionDepth=N, LocalRunner.withMaxRecursionDepth(N))";
      skip(target, deeper, TaskStatus.FAILED, why);
      return CompletableFuture.completedFuture(false);
    }
    return runGroup(target, deeper);
  }

  private CompletableFuture<Boolean> runTask(String task, Scope scope) {
    TaskExecution execution = new TaskExecution(context, graph.tasks().get(task), scope);
    try {
      return CompletableFuture.supplyAsync(() -> {
        if (cancelled) {
          cancelledTask(execution);
          return false;
        }
        try {
          return execution.run();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          cancelledTask(execution);
          return false;
        } catch (RuntimeException e) {
          context.state().task(execution.id(), r -> r.with(TaskStatus.FAILED, "kfp4j could not run the task: " + e),
              TaskRecord.pending(execution.id(), "", ""));
          return false;
        }
      }, pool);
    } catch (java.util.concurrent.RejectedExecutionException e) {
      cancelledTask(execution);
      return CompletableFuture.completedFuture(false);
    }
  }

  private void cancelledTask(TaskExecution execution) {
    context.state().task(execution.id(), r -> r.with(TaskStatus.CANCELLED, "the run was cancelled"),
        TaskRecord.pending(execution.id(), "", ""));
  }

  private CompletableFuture<Boolean> runLoop(Group.Loop loop, List<Object> items, Scope scope) {
    if (items.isEmpty()) {
      return CompletableFuture.completedFuture(true);
    }
    int width = loop.parallelism() == null ? items.size() : Math.min(loop.parallelism(), items.size());
    AtomicInteger next = new AtomicInteger();
    List<CompletableFuture<Boolean>> lanes = new ArrayList<>();
    for (int i = 0; i < width; i++) {
      lanes.add(lane(loop, items, scope, next, true));
    }
    return CompletableFuture.allOf(lanes.toArray(CompletableFuture[]::new))
        .thenApply(ignored -> lanes.stream().allMatch(CompletableFuture::join));
  }

  /** Runs iterations one after another, taking the next index each time, until none are left. */
  private CompletableFuture<Boolean> lane(Group.Loop loop, List<Object> items, Scope scope, AtomicInteger next,
      boolean okSoFar) {
    int index = next.getAndIncrement();
    if (index >= items.size()) {
      return CompletableFuture.completedFuture(okSoFar);
    }
    return runGroup(loop, scope.enter(loop.id(), index, items.get(index)))
        .thenCompose(ok -> lane(loop, items, scope, next, okSoFar && ok));
  }

  private List<Object> items(Group.Loop loop, Scope scope) {
    if (loop.source() instanceof LoopSource.StaticItems s) {
      return s.references().isEmpty() ? s.items() : resolved(s.items(), scope);
    }
    String text = context.outputs().text(((LoopSource.DynamicItems) loop.source()).list(), scope);
    Object parsed = PythonJson.loads(text);
    if (!(parsed instanceof List<?> list)) {
      throw new IllegalArgumentException("expected a JSON list, found " + (text.length() > 80 ? text.substring(0, 80) + "..." : text));
    }
    return new ArrayList<>(list);
  }

  /** Static items with each reference (an item, or a value of a map item) read now. */
  private List<Object> resolved(List<Object> items, Scope scope) {
    List<Object> out = new ArrayList<>();
    for (Object item : items) {
      if (item instanceof java.util.Map<?, ?> map) {
        java.util.Map<Object, Object> copy = new java.util.LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(k, v instanceof ArgumentValue a ? context.outputs().text(a, scope) : v));
        out.add(copy);
      } else {
        out.add(item instanceof ArgumentValue a ? context.outputs().text(a, scope) : item);
      }
    }
    return out;
  }

  /** Argo's comparison: == and != compare text; the others compare numbers. */
  private boolean holds(Comparison condition, Scope scope) {
    String left = context.outputs().text(condition.left(), scope).strip();
    String right = context.outputs().text(condition.right(), scope).strip();
    return switch (condition.operator()) {
      case EQ -> left.equals(right);
      case NE -> !left.equals(right);
      default -> {
        double l = number(left);
        double r = number(right);
        yield switch (condition.operator()) {
          case LT -> l < r;
          case LE -> l <= r;
          case GT -> l > r;
          default -> l >= r;
        };
      }
    };
  }

  private static double number(String text) {
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("\"" + text + "\" is not a number, so it cannot be compared with <, <=, > or >=");
    }
  }

  private void skip(Member member, Scope scope, TaskStatus status, String why) {
    for (String task : context.index().tasksInside(member)) {
      String taskId = scope.skippedId(task, context.index().loopsOf(task));
      String component = graph.tasks().get(task).component().spec().nameOrDefault();
      context.state().task(taskId, r -> r.with(status, why), TaskRecord.pending(taskId, task, component));
    }
  }
}
