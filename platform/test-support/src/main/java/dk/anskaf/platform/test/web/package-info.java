/** A cookie-keeping HTTP client for browser-like tests. */
@NullMarked
package dk.anskaf.platform.test.web;

import org.jspecify.annotations.NullMarked;
