/** The test kit's API client: calls a service as a role of a municipality and asserts problem+json answers. */
@NullMarked
package dk.anskaf.platform.test.api;

import org.jspecify.annotations.NullMarked;
