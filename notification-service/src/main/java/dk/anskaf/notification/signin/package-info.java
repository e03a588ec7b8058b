/** Sign-in links for supplier contacts, issued by identity at the moment a mail carrying one is sent. */
@NullMarked
package dk.anskaf.notification.signin;

import org.jspecify.annotations.NullMarked;
