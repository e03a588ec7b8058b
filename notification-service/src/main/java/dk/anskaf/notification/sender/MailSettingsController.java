package dk.anskaf.notification.sender;

import dk.anskaf.platform.errors.ApiProblemException;
import dk.anskaf.platform.security.CurrentUser;
import dk.anskaf.platform.security.Role;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The municipality's contact address (Kontakt email): Reply-To of its mail and {kontaktemail}. */
@RestController
class MailSettingsController {

    record MailSettings(String municipalityName, String contactEmail) {}

    record MailSettingsInput(String contactEmail) {}

    private final Municipalities municipalities;

    MailSettingsController(Municipalities municipalities) {
        this.municipalities = municipalities;
    }

    @GetMapping("/api/v1/mail-settings")
    MailSettings get() {
        Municipalities.Sender sender = municipalities.current();
        return new MailSettings(
                sender.name().orElse(null), sender.contactEmail().orElse(null));
    }

    @PutMapping("/api/v1/mail-settings")
    MailSettings put(@RequestBody MailSettingsInput input) {
        if (!CurrentUser.require().has(Role.ADMINISTRATOR)) {
            throw ApiProblemException.forbidden("Kun kommunens administrator kan ændre kontaktadressen");
        }
        municipalities.setContactEmail(validAddress(input.contactEmail()));
        return get();
    }

    private static String validAddress(String address) {
        if (address == null || address.isBlank() || address.length() > 320) {
            throw ApiProblemException.invalidField("contactEmail", "Skriv en gyldig e-mailadresse");
        }
        try {
            InternetAddress parsed = new InternetAddress(address.strip(), true);
            if (parsed.getPersonal() != null || !parsed.getAddress().contains("@")) {
                throw new AddressException("not a bare address");
            }
            return parsed.getAddress();
        } catch (AddressException e) {
            throw ApiProblemException.invalidField("contactEmail", "Skriv en gyldig e-mailadresse");
        }
    }
}
