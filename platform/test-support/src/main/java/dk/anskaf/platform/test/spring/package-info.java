/** The integration-test annotation that wires a service to the real infrastructure. */
@NullMarked
package dk.anskaf.platform.test.spring;

import org.jspecify.annotations.NullMarked;
