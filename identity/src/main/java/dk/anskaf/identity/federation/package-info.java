/** Login through a municipality's own identity provider, with its roles mapped to Anskaf's. */
@NullMarked
package dk.anskaf.identity.federation;

import org.jspecify.annotations.NullMarked;
