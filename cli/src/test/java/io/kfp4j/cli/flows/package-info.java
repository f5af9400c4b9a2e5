/**
 * Not API: two projects' pipelines whose names are equal after KFP's sanitizing ({@code pipeline flip coin} in
 * {@code acme}, {@code pipeline-flip-coin} in {@code other}), for the ambiguous-name tests of {@code kfp4j compile}.
 */
package io.kfp4j.cli.flows;
