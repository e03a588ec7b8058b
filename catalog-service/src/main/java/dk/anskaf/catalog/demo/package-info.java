/** Demo requirements for the local run. */
@NullMarked
package dk.anskaf.catalog.demo;

import org.jspecify.annotations.NullMarked;
