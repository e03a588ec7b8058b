package dk.anskaf.dialogue.organisation;

import java.util.UUID;

/** A supplier organisation as callers see it. */
public record Organisation(UUID id, String name, String cvr) {}
