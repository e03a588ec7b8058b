/** A real SMTP server for tests that keeps the mail it receives. */
@NullMarked
package dk.anskaf.platform.test.mail;

import org.jspecify.annotations.NullMarked;
