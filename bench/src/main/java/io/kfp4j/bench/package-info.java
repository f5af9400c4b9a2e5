/** Not API: benchmark mains, run by hand; their numbers go to BENCHMARKS.md. */
package io.kfp4j.bench;
