package dk.anskaf.notification.template;

import static dk.anskaf.notification.template.Placeholder.*;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Every message the platform sends: about market dialogues (to suppliers and purchasers), promotions (to
 * the editorial board and the requesting editor), intake cases and expiring contracts (to municipal
 * staff). Its Danish default title, subject and body are in {@code mail-templates/da/<key>.txt} ({@link
 * DefaultTexts}). A municipality's administrator may replace subject and body of the municipal ones; the
 * editorial board edits its own. Supplier passwords are never mailed, so the incumbent's credential mails
 * have no type; a supplier signs in by a link instead, which the types with {@link #signInLink()} get at
 * sending time.
 */
public enum MessageType {
    INVITATION(
            "invitation",
            Audience.MUNICIPALITY,
            EnumSet.of(LEVERANDOER, KOMMUNE, MARKEDSDIALOG, BESKED, SLUTTID, LINK, KONTAKTEMAIL),
            true),
    /** A fresh sign-in link a supplier contact asked for ("Jeg er leverandør"); sent by the platform. */
    SUPPLIER_SIGN_IN_LINK("supplier-sign-in-link", Audience.PLATFORM, EnumSet.of(LEVERANDOER, LINK), true),
    DEADLINE_CHANGED(
            "deadline-changed",
            Audience.MUNICIPALITY,
            EnumSet.of(LEVERANDOER, KOMMUNE, MARKEDSDIALOG, BESKED, FORRIGESLUTTID, NYSLUTTID, LINK, KONTAKTEMAIL)),
    DIALOGUE_CANCELLED(
            "dialogue-cancelled",
            Audience.MUNICIPALITY,
            EnumSet.of(LEVERANDOER, KOMMUNE, MARKEDSDIALOG, BESKED, KONTAKTEMAIL)),
    ELABORATION_REQUESTED(
            "elaboration-requested",
            Audience.MUNICIPALITY,
            EnumSet.of(LEVERANDOER, KOMMUNE, MARKEDSDIALOG, BESKED, SLUTTID, LINK, KONTAKTEMAIL),
            true),
    SUPPLIER_ELABORATED(
            "supplier-elaborated", Audience.MUNICIPALITY, EnumSet.of(LEVERANDOER, KOMMUNE, MARKEDSDIALOG, LINK)),
    DEADLINE_REACHED("deadline-reached", Audience.MUNICIPALITY, EnumSet.of(KOMMUNE, MARKEDSDIALOG, SLUTTID, LINK)),
    SUPPLIER_FINISHED(
            "supplier-finished", Audience.MUNICIPALITY, EnumSet.of(LEVERANDOER, KOMMUNE, MARKEDSDIALOG, LINK)),
    ALL_SUPPLIERS_FINISHED("all-suppliers-finished", Audience.MUNICIPALITY, EnumSet.of(KOMMUNE, MARKEDSDIALOG, LINK)),
    SUPPLIER_DECLINED(
            "supplier-declined", Audience.MUNICIPALITY, EnumSet.of(LEVERANDOER, KOMMUNE, MARKEDSDIALOG, BESKED, LINK)),
    PROMOTION_REQUESTED(
            "promotion-requested",
            Audience.BOARD,
            EnumSet.of(KOMMUNE, KRAV, KRAVID, KATEGORI, PRIORITET, ANMODER, BEGRUNDELSE, LINK)),
    PROMOTION_APPROVED(
            "promotion-approved",
            Audience.BOARD,
            EnumSet.of(KOMMUNE, KRAV, KRAVID, ANMODER, BESLUTTER, BEGRUNDELSE, LINK)),
    PROMOTION_REJECTED(
            "promotion-rejected",
            Audience.BOARD,
            EnumSet.of(KOMMUNE, KRAV, KRAVID, ANMODER, BESLUTTER, BEGRUNDELSE, LINK)),
    PROMOTION_POSTPONED(
            "promotion-postponed",
            Audience.BOARD,
            EnumSet.of(KOMMUNE, KRAV, KRAVID, ANMODER, BESLUTTER, BEGRUNDELSE, LINK)),
    BOARD_MEETING_DIGEST("board-meeting-digest", Audience.BOARD, EnumSet.of(MOEDEDATO, ANTAL, DAGSORDEN, LINK)),
    INTAKE_RECEIVED("intake-received", Audience.MUNICIPALITY, EnumSet.of(KOMMUNE, SAG, LINK, KONTAKTEMAIL)),
    INTAKE_CONTACT_ASSIGNED(
            "intake-contact-assigned",
            Audience.MUNICIPALITY,
            EnumSet.of(KOMMUNE, SAG, KONTAKTPERSON, LINK, KONTAKTEMAIL)),
    INTAKE_MEETING_BOOKED(
            "intake-meeting-booked", Audience.MUNICIPALITY, EnumSet.of(KOMMUNE, SAG, KONTAKTPERSON, BESKED, LINK)),
    INTAKE_DECISION(
            "intake-decision",
            Audience.MUNICIPALITY,
            EnumSet.of(KOMMUNE, SAG, BESLUTNING, BEGRUNDELSE, KONTAKTPERSON, LINK)),
    CONTRACT_EXPIRY_REMINDER(
            "contract-expiry-reminder",
            Audience.MUNICIPALITY,
            EnumSet.of(KOMMUNE, SYSTEM, KONTRAKTUDLOEB, LINK, KONTAKTEMAIL)),
    // ---- Market dialogues II, qa: questions and answers ----
    /** A supplier asked a question in a dialogue; to the purchaser's contact e-mail. */
    SUPPLIER_QUESTION_ASKED(
            "supplier-question-asked",
            Audience.MUNICIPALITY,
            EnumSet.of(LEVERANDOER, KOMMUNE, MARKEDSDIALOG, KRAV, SPOERGSMAAL, LINK)),
    /** An answer, to the asking organisation's contacts or, published, to every supplier's; never names the asker. */
    QUESTION_ANSWERED(
            "question-answered",
            Audience.MUNICIPALITY,
            EnumSet.of(KOMMUNE, MARKEDSDIALOG, KRAV, SPOERGSMAAL, SVAR, LINK, KONTAKTEMAIL),
            true),
    // Lifecycle (#15)
    /** The reminder before the deadline to an invited contact that has not finished; with its own sign-in link. */
    SUPPLIER_REMINDER(
            "supplier-reminder",
            Audience.MUNICIPALITY,
            EnumSet.of(LEVERANDOER, KOMMUNE, MARKEDSDIALOG, SLUTTID, LINK, KONTAKTEMAIL),
            true);

    /** Who may change the template. */
    public enum Audience {
        /** The municipality's administrator, for the municipality's own mails. */
        MUNICIPALITY,
        /** The editorial board (kravredaktion), one text shared by all municipalities. */
        BOARD,
        /** The platform itself, in no municipality's name: the Danish default, which nobody edits. */
        PLATFORM
    }

    private final String key;
    private final Audience audience;
    private final Set<Placeholder> placeholders;
    private final boolean signInLink;

    MessageType(String key, Audience audience, Set<Placeholder> placeholders) {
        this(key, audience, placeholders, false);
    }

    MessageType(String key, Audience audience, Set<Placeholder> placeholders, boolean signInLink) {
        this.key = key;
        this.audience = audience;
        this.placeholders = Set.copyOf(placeholders);
        this.signInLink = signInLink;
    }

    /** Stable name in the API, the database, idempotency keys, metric tags and the default text's file. */
    public String key() {
        return key;
    }

    public Audience audience() {
        return audience;
    }

    /** The name administrators see in the template list (Danish). */
    public String title() {
        return DefaultTexts.of(this).title();
    }

    /** The subject sent until a municipality or the board replaces it. */
    public String defaultSubject() {
        return DefaultTexts.of(this).subject();
    }

    /** The body sent until a municipality or the board replaces it; no leading or trailing blank lines. */
    public String defaultBody() {
        return DefaultTexts.of(this).body();
    }

    public Set<Placeholder> placeholders() {
        return placeholders;
    }

    /**
     * Whether {@code {link}} is the recipient's own sign-in link, issued by identity right before the
     * message is sent (docs/security.md); such a link is never stored, and never put in a subject.
     */
    public boolean signInLink() {
        return signInLink;
    }

    public static Optional<MessageType> byKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }
}
