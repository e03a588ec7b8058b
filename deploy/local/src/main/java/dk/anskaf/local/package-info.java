/** The local stack launcher and the benchmarks run against it. */
@NullMarked
package dk.anskaf.local;

import org.jspecify.annotations.NullMarked;
