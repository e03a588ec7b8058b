/**
 * Indstillinger → Integrationer: the municipal administrator's integration clients for the read API
 * (docs/api.md "Read API for municipalities"), kept by identity; the portal only shows and forwards.
 */
@NullMarked
package dk.anskaf.portal.settings.integration;

import org.jspecify.annotations.NullMarked;
