/** Defaults of every Anskaf web application, with or without a database and Kafka. */
@NullMarked
package dk.anskaf.platform.web;

import org.jspecify.annotations.NullMarked;
