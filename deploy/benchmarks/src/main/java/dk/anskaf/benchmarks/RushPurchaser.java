package dk.anskaf.benchmarks;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.JsonNode;

/**
 * The deadline rush's purchaser, through the gateway with Favrskov's demo API client (role editor; editors
 * may run a market dialogue as purchasers do): a dialogue for Sundhed og omsorg with prices asked for, its
 * requirements chosen by the guided questions (answers Ja, Ved ikke, Ja, Ja), then from the candidate list,
 * then free text until it has exactly the benchmark's number; activated; one organisation registered and
 * one contact invited per supplier.
 */
final class RushPurchaser {

    static final String DOMAIN = "Sundhed og omsorg";
    private static final String[] GUIDED = {"JA", "VED_IKKE", "JA", "JA"};

    private final RushHttp http;
    private final String gateway;
    private final RushHttp.Bearer token;

    RushPurchaser(RushHttp http, String gateway, String token) {
        this.http = http;
        this.gateway = gateway;
        this.token = new RushHttp.Bearer(token);
    }

    /** @return the new dialogue's id, Aktiv with exactly {@code requirements} requirements */
    long createAndActivate(String marker, int requirements, OffsetDateTime deadline)
            throws IOException, InterruptedException {
        JsonNode classifications = http.get(token, gateway + "/api/v1/classifications");
        int domain = -1;
        for (JsonNode candidate : classifications.get("domains")) {
            if (DOMAIN.equals(candidate.get("name").asString())) {
                domain = candidate.get("id").asInt();
            }
        }
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("title", "Omsorgssystem, markedsdialog " + marker);
        draft.put(
                "description",
                "Vi undersøger markedet for et omsorgssystem til hjemmepleje og plejecentre " + "(benchmark " + marker
                        + ").");
        draft.put("contactEmail", "indkoeb@favrskov.example");
        draft.put("domainIds", List.of(domain));
        draft.put("prioritiesVisible", true);
        draft.put("pricesRequested", true);
        draft.put("communityId", null);
        long id =
                http.post(token, gateway + "/api/v1/dialogues", draft).get("id").asLong();
        String base = gateway + "/api/v1/dialogues/" + id;

        Map<String, String> answers = new HashMap<>();
        JsonNode filters = classifications.get("filters");
        for (int i = 0; i < filters.size(); i++) {
            answers.put(filters.get(i).get("id").asString(), GUIDED[i % GUIDED.length]);
        }
        JsonNode guided = http.post(token, base + "/guided-selection", Map.of("answers", answers));
        int chosen = guided.get("selectedCount").asInt();
        System.out.printf(
                "guided selection: %d of %d%n",
                chosen, guided.get("possibleCount").asInt());

        chosen += addCandidates(base, requirements - chosen);
        int freeText = 0;
        String category = classifications.get("categories").get(0).get("name").asString();
        while (chosen < requirements) {
            http.post(token, base + "/requirements/free-text", freeText(category, ++freeText));
            chosen++;
        }
        JsonNode set = http.get(token, base + "/requirements");
        for (int i = set.size() - 1; i >= requirements; i--) {
            http.send(
                    token,
                    "DELETE",
                    base + "/requirements/" + set.get(i).get("id").asLong(),
                    null);
        }
        System.out.printf("requirements: %d (%d free text)%n", requirements, freeText);
        http.post(token, base + "/activate", Map.of("deadline", deadline.toString()));
        return id;
    }

    /** @return how many of the candidate list's not yet selected requirements were added (at most {@code wanted}) */
    private int addCandidates(String base, int wanted) throws IOException, InterruptedException {
        int added = 0;
        for (int page = 0; added < wanted; page++) {
            JsonNode items = http.get(token, base + "/candidates?page=" + page + "&size=100")
                    .get("items");
            if (items.isEmpty()) {
                break;
            }
            for (JsonNode candidate : items) {
                if (added < wanted && !candidate.get("selected").asBoolean()) {
                    http.post(
                            token,
                            base + "/requirements",
                            Map.of(
                                    "catalogRequirementId",
                                    candidate.get("catalogRequirementId").asLong()));
                    added++;
                }
            }
        }
        return added;
    }

    /** A free-text requirement of a real requirement's length (a few hundred characters). */
    private static Map<String, Object> freeText(String category, int number) {
        Map<String, Object> requirement = new LinkedHashMap<>();
        requirement.put("name", "Dokumentation af besøg i hjemmeplejen " + number);
        requirement.put("category", category);
        requirement.put("priority", number % 3 == 0 ? "HIGH" : "NORMAL");
        requirement.put(
                "description",
                "Løsningen skal understøtte, at medarbejderen i hjemmeplejen kan dokumentere "
                        + "et besøg på en mobil enhed under eller lige efter besøget, også uden netforbindelse, og at "
                        + "dokumentationen synkroniseres med borgerens journal, så snart forbindelsen er tilbage. "
                        + "Dokumentationen skal kunne ske med fritekst, foruddefinerede indsatser og observationer, og det "
                        + "skal fremgå, hvem der har dokumenteret hvad og hvornår (krav " + number + ").");
        return requirement;
    }

    /** Registers a new organisation with a valid CVR (another one if taken) and invites one contact. */
    void invite(long dialogueId, String name, String email, Random random) throws IOException, InterruptedException {
        for (int attempt = 0; ; attempt++) {
            Map<String, Object> invitation = new LinkedHashMap<>();
            invitation.put("organisationId", null);
            invitation.put("newOrganisation", Map.of("name", name, "cvr", Cvr.random(random)));
            invitation.put("email", email);
            invitation.put("subject", "Invitation til markedsdialog om omsorgssystem");
            invitation.put(
                    "message",
                    "Favrskov Kommune inviterer jer til at besvare vores markedsdialog om et "
                            + "omsorgssystem. Brug linket i mailen for at logge ind.");
            try {
                http.post(
                        new RushHttp.Bearer(token.token()),
                        gateway + "/api/v1/dialogues/" + dialogueId + "/invitations",
                        invitation);
                return;
            } catch (RushHttp.Refused refused) {
                if (refused.status != 409 || attempt > 5) {
                    throw refused;
                }
            }
        }
    }

    /** The purchaser's view of every invited organisation (status, answers given of the set). */
    List<JsonNode> suppliers(long dialogueId) throws IOException, InterruptedException {
        List<JsonNode> statuses = new ArrayList<>();
        http.get(token, gateway + "/api/v1/dialogues/" + dialogueId + "/suppliers")
                .forEach(statuses::add);
        return statuses;
    }

    String dialogueStatus(long dialogueId) throws IOException, InterruptedException {
        return http.get(token, gateway + "/api/v1/dialogues/" + dialogueId)
                .get("status")
                .asString();
    }
}
