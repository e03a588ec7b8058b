package dk.anskaf.dialogue.answering;

import java.util.UUID;

/** A system of the IT-system catalogue (V11: a seed until the KITOS sync of #17), by its KITOS id. */
public record ItSystem(UUID kitosUuid, String name, String supplierName) {}
