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

  /** {@code {{inputs.parameters.<full name>}}}: how a template reads it. */
  String inputPlaceholder() {
    return "{{inputs.parameters." + fullName + "}}";
  }
}
