/** Benchmarks run against the local stack; figures and commands in docs/benchmarks.md. */
@NullMarked
package dk.anskaf.benchmarks;

import org.jspecify.annotations.NullMarked;
