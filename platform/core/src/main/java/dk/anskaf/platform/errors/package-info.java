/** One error shape: RFC 9457 problem details with stable types and field errors. */
@NullMarked
package dk.anskaf.platform.errors;

import org.jspecify.annotations.NullMarked;
