/** Routes, fallbacks, error pages and headers the gateway adds. */
@NullMarked
package dk.anskaf.gateway.web;

import org.jspecify.annotations.NullMarked;
