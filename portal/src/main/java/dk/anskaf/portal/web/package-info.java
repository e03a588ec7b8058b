/** The portal's frame: page model, language, security and calls to the services. */
@NullMarked
package dk.anskaf.portal.web;

import org.jspecify.annotations.NullMarked;
