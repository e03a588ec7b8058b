package dk.anskaf.notification.template;

import static dk.anskaf.notification.template.Placeholder.*;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Every message the platform sends (DOMAIN.md sections 7 and 8.6), with its Danish default text. A
 * municipality's administrator may replace subject and body of the municipal ones; the editorial board
 * edits its own. Supplier passwords are never mailed, so the incumbent's credential mails have no type.
 */
public enum MessageType {
    INVITATION(
            "invitation",
            Audience.MUNICIPALITY,
            "Invitation til leverandør",
            "Invitation til at besvare krav i markedsdialogen \"{markedsdialog}\"",
            """
            Kære {leverandør}

            {kommune} inviterer jer til at besvare kravene i markedsdialogen "{markedsdialog}".

            Besked fra kommunen:
            {besked}

            Svarfristen er {sluttid}. I åbner dialogen og logger ind her: {link}

            Har I spørgsmål, så skriv til {kontaktemail}.

            Venlig hilsen
            {kommune}
            """,
            EnumSet.of(LEVERANDOER, KOMMUNE, MARKEDSDIALOG, BESKED, SLUTTID, LINK, KONTAKTEMAIL)),
    DEADLINE_CHANGED(
            "deadline-changed",
            Audience.MUNICIPALITY,
            "Udskydelse af svarfrist",
            "Svarfristen for \"{markedsdialog}\" er ændret",
            """
            Kære {leverandør}

            Svarfristen for markedsdialogen "{markedsdialog}" er flyttet fra {forrigesluttid} til {nysluttid}.

            {besked}

            I finder dialogen her: {link}

            Venlig hilsen
            {kommune}
            """,
            EnumSet.of(LEVERANDOER, KOMMUNE, MARKEDSDIALOG, BESKED, FORRIGESLUTTID, NYSLUTTID, LINK, KONTAKTEMAIL)),
    DIALOGUE_CANCELLED(
            "dialogue-cancelled",
            Audience.MUNICIPALITY,
            "Aflysning af markedsdialog",
            "Markedsdialogen \"{markedsdialog}\" er aflyst",
            """
            Kære {leverandør}

            {kommune} har aflyst markedsdialogen "{markedsdialog}", som I var inviteret til.

            {besked}

            Tak for jeres tid. Spørgsmål kan sendes til {kontaktemail}.

            Venlig hilsen
            {kommune}
            """,
            EnumSet.of(LEVERANDOER, KOMMUNE, MARKEDSDIALOG, BESKED, KONTAKTEMAIL)),
    ELABORATION_REQUESTED(
            "elaboration-requested",
            Audience.MUNICIPALITY,
            "Anmodning om uddybning",
            "Vi beder jer uddybe jeres svar i \"{markedsdialog}\"",
            """
            Kære {leverandør}

            {kommune} vil gerne have nogle af jeres svar i markedsdialogen "{markedsdialog}" uddybet.

            {besked}

            Svarfristen er {sluttid}. Svarene findes her: {link}

            Venlig hilsen
            {kommune}
            """,
            EnumSet.of(LEVERANDOER, KOMMUNE, MARKEDSDIALOG, BESKED, SLUTTID, LINK, KONTAKTEMAIL)),
    SUPPLIER_ELABORATED(
            "supplier-elaborated",
            Audience.MUNICIPALITY,
            "Leverandøren har uddybet sine svar",
            "{leverandør} har uddybet sine svar i \"{markedsdialog}\"",
            """
            {leverandør} har uddybet sine svar i markedsdialogen "{markedsdialog}", som I bad om.

            Se svarene her: {link}
            """,
            EnumSet.of(LEVERANDOER, KOMMUNE, MARKEDSDIALOG, LINK)),
    DEADLINE_REACHED(
            "deadline-reached",
            Audience.MUNICIPALITY,
            "Svarfristen er nået",
            "Markedsdialogen \"{markedsdialog}\" har nået sin svarfrist",
            """
            Svarfristen {sluttid} for markedsdialogen "{markedsdialog}" er nået. Leverandørerne kan ikke længere
            ændre deres svar.

            Sammenlign svarene her: {link}
            """,
            EnumSet.of(KOMMUNE, MARKEDSDIALOG, SLUTTID, LINK)),
    SUPPLIER_FINISHED(
            "supplier-finished",
            Audience.MUNICIPALITY,
            "En leverandør har afsluttet sin besvarelse",
            "{leverandør} har afsluttet sin besvarelse af \"{markedsdialog}\"",
            """
            {leverandør} har afsluttet sin besvarelse af markedsdialogen "{markedsdialog}".

            Se svarene her: {link}
            """,
            EnumSet.of(LEVERANDOER, KOMMUNE, MARKEDSDIALOG, LINK)),
    ALL_SUPPLIERS_FINISHED(
            "all-suppliers-finished",
            Audience.MUNICIPALITY,
            "Alle leverandører har svaret",
            "Alle leverandører har besvaret \"{markedsdialog}\"",
            """
            Alle inviterede leverandører har nu besvaret markedsdialogen "{markedsdialog}".

            Sammenlign svarene og vælg leverandør her: {link}
            """,
            EnumSet.of(KOMMUNE, MARKEDSDIALOG, LINK)),
    SUPPLIER_DECLINED(
            "supplier-declined",
            Audience.MUNICIPALITY,
            "En leverandør har takket nej",
            "{leverandør} deltager ikke i \"{markedsdialog}\"",
            """
            {leverandør} har valgt ikke at deltage i markedsdialogen "{markedsdialog}".

            {besked}

            Se dialogen her: {link}
            """,
            EnumSet.of(LEVERANDOER, KOMMUNE, MARKEDSDIALOG, BESKED, LINK)),
    PROMOTION_REQUESTED(
            "promotion-requested",
            Audience.BOARD,
            "Ny anmodning om tværkommunalt krav",
            "Ny anmodning om tværkommunalt krav: {krav}",
            """
            Kære kravredaktion

            {kommune} anmoder om, at et lokalt krav bliver ophøjet til den tværkommunale kravbank.

            Krav: {krav} (id {kravid})
            Kategori: {kategori}
            Prioritet: {prioritet}
            Anmodet af: {anmoder}

            Begrundelse:
            {begrundelse}

            Anmodningen ligger i køen til kravredaktionens næste møde: {link}

            Venlig hilsen
            Anskaf på vegne af {kommune}
            """,
            EnumSet.of(KOMMUNE, KRAV, KRAVID, KATEGORI, PRIORITET, ANMODER, BEGRUNDELSE, LINK)),
    PROMOTION_APPROVED(
            "promotion-approved",
            Audience.BOARD,
            "Anmodning godkendt",
            "Kravet \"{krav}\" er godkendt",
            """
            Kære {anmoder}

            Jeres anmodning om at dele kravet "{krav}" (id {kravid}) er godkendt af {beslutter}. Kravet er nu fælles,
            og jeres lokale tekster er bevaret som kommunens lokale tilføjelse.

            {begrundelse}

            Se kravet her: {link}
            """,
            EnumSet.of(KOMMUNE, KRAV, KRAVID, ANMODER, BESLUTTER, BEGRUNDELSE, LINK)),
    PROMOTION_REJECTED(
            "promotion-rejected",
            Audience.BOARD,
            "Anmodning afvist",
            "Kravet \"{krav}\" er ikke godkendt",
            """
            Kære {anmoder}

            Jeres anmodning om at dele kravet "{krav}" (id {kravid}) er afvist af {beslutter}.

            Begrundelse:
            {begrundelse}

            Kravet er fortsat et af jeres lokale krav: {link}
            """,
            EnumSet.of(KOMMUNE, KRAV, KRAVID, ANMODER, BESLUTTER, BEGRUNDELSE, LINK)),
    PROMOTION_POSTPONED(
            "promotion-postponed",
            Audience.BOARD,
            "Anmodning udsat",
            "Behandlingen af \"{krav}\" er udsat",
            """
            Kære {anmoder}

            Kravredaktionen har udsat behandlingen af jeres anmodning om at dele kravet "{krav}" (id {kravid})
            til et senere møde.

            {begrundelse}

            Anmodningen bliver stående i køen: {link}
            """,
            EnumSet.of(KOMMUNE, KRAV, KRAVID, ANMODER, BESLUTTER, BEGRUNDELSE, LINK)),
    BOARD_MEETING_DIGEST(
            "board-meeting-digest",
            Audience.BOARD,
            "Dagsorden til kravredaktionens møde",
            "Kravredaktionens møde {mødedato}: {antal} anmodninger",
            """
            Kære kravredaktion

            Til mødet {mødedato} ligger der {antal} anmodninger om tværkommunale krav:

            {dagsorden}

            Se anmodningerne her: {link}
            """,
            EnumSet.of(MOEDEDATO, ANTAL, DAGSORDEN, LINK)),
    INTAKE_RECEIVED(
            "intake-received",
            Audience.MUNICIPALITY,
            "Indkøbsanmodning modtaget",
            "Vi har modtaget jeres anmodning: {sag}",
            """
            Tak for jeres anmodning "{sag}". Indkøbsgruppen behandler den på sit næste triagemøde.

            Følg sagen her: {link}

            Venlig hilsen
            {kommune}
            """,
            EnumSet.of(KOMMUNE, SAG, LINK, KONTAKTEMAIL)),
    INTAKE_CONTACT_ASSIGNED(
            "intake-contact-assigned",
            Audience.MUNICIPALITY,
            "Kontaktperson tildelt",
            "{kontaktperson} er kontaktperson på \"{sag}\"",
            """
            {kontaktperson} fra indkøbsgruppen er kontaktperson på jeres anmodning "{sag}".

            Følg sagen her: {link}

            Venlig hilsen
            {kommune}
            """,
            EnumSet.of(KOMMUNE, SAG, KONTAKTPERSON, LINK, KONTAKTEMAIL)),
    INTAKE_MEETING_BOOKED(
            "intake-meeting-booked",
            Audience.MUNICIPALITY,
            "Møde om indkøbssag",
            "Møde om \"{sag}\"",
            """
            Indkøbsgruppen har booket et møde om jeres anmodning "{sag}".

            {besked}

            Kontaktperson: {kontaktperson}. Sagen: {link}
            """,
            EnumSet.of(KOMMUNE, SAG, KONTAKTPERSON, BESKED, LINK)),
    INTAKE_DECISION(
            "intake-decision",
            Audience.MUNICIPALITY,
            "Afgørelse på indkøbssag",
            "Afgørelse på \"{sag}\": {beslutning}",
            """
            Indkøbsgruppen har truffet afgørelse om jeres anmodning "{sag}": {beslutning}.

            Begrundelse:
            {begrundelse}

            Sagen: {link}
            """,
            EnumSet.of(KOMMUNE, SAG, BESLUTNING, BEGRUNDELSE, KONTAKTPERSON, LINK)),
    CONTRACT_EXPIRY_REMINDER(
            "contract-expiry-reminder",
            Audience.MUNICIPALITY,
            "Påmindelse: kontrakt udløber om et år",
            "Kontrakten på {system} udløber {kontraktudløb}",
            """
            Kontrakten på {system} udløber {kontraktudløb}. Et nyt indkøb tager tid, så vi har oprettet en ny
            indkøbssag, som I kan begynde på nu: {link}

            Venlig hilsen
            {kommune}
            """,
            EnumSet.of(KOMMUNE, SYSTEM, KONTRAKTUDLOEB, LINK, KONTAKTEMAIL));

    /** Who may change the template. */
    public enum Audience {
        /** The municipality's administrator, for the municipality's own mails. */
        MUNICIPALITY,
        /** The editorial board (kravredaktion), one text shared by all municipalities. */
        BOARD
    }

    private final String key;
    private final Audience audience;
    private final String title;
    private final String defaultSubject;
    private final String defaultBody;
    private final Set<Placeholder> placeholders;

    MessageType(
            String key,
            Audience audience,
            String title,
            String defaultSubject,
            String defaultBody,
            Set<Placeholder> placeholders) {
        this.key = key;
        this.audience = audience;
        this.title = title;
        this.defaultSubject = defaultSubject;
        this.defaultBody = defaultBody.strip();
        this.placeholders = Set.copyOf(placeholders);
    }

    /** Stable name in the API, the database, idempotency keys and metric tags. */
    public String key() {
        return key;
    }

    public Audience audience() {
        return audience;
    }

    public String title() {
        return title;
    }

    public String defaultSubject() {
        return defaultSubject;
    }

    public String defaultBody() {
        return defaultBody;
    }

    public Set<Placeholder> placeholders() {
        return placeholders;
    }

    public static Optional<MessageType> byKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }
}
