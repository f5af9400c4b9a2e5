/** kfp4j components ({@link ${package}.CsvSteps}) and the pipeline that wires them ({@link ${package}.CsvStatsPipelines}). */
package ${package};
