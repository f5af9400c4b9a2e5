package io.kfp4j.sdk.argo;

/**
 * A run-time value a task reads, as KFP's {@code PipelineParam}: its Argo name ({@code full_name}) and, for a task
 * output, the task that produces it.
 *
 * @param fullName the Argo parameter name: {@code a}, {@code add-Output}, {@code loop-item-param-1-subvar-a}
 * @param producer the producing task, or {@code null} for pipeline parameters and loop items
 * @param kind what the value is
 */
record ParamRef(String fullName, String producer, Kind kind) {

  /** Where the value comes from. */
  enum Kind { PIPELINE_PARAMETER, TASK_OUTPUT, LOOP_ITEM }

  // Written out: a record's generated equals and hashCode set up method handles on first use, a cost the kfp4j
  // command pays at start-up (BENCHMARKS.md, "The kfp4j command's start-up").
  @Override
  public boolean equals(Object o) {
    return o instanceof ParamRef other && fullName.equals(other.fullName)
        && java.util.Objects.equals(producer, other.producer) && kind == other.kind;
  }

  @Override
  public int hashCode() {
    return (31 * fullName.hashCode() + java.util.Objects.hashCode(producer)) * 31 + java.util.Objects.hashCode(kind);
  }

  /** {@code {{inputs.parameters.<full name>}}}: how a template reads it. */
  String inputPlaceholder() {
    return "{{inputs.parameters." + fullName + "}}";
  }
}
