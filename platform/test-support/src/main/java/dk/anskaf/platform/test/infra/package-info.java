/** Real PostgreSQL for tests: external, container or embedded, one per JVM. */
@NullMarked
package dk.anskaf.platform.test.infra;

import org.jspecify.annotations.NullMarked;
