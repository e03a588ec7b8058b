package dk.anskaf.portal.info;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The accessibility statement (required for public-sector sites) and the help page. */
@Controller
class InfoController {

    @GetMapping("/tilgaengelighed")
    String accessibility() {
        return "accessibility";
    }

    @GetMapping("/hjaelp")
    String help() {
        return "help";
    }
}
