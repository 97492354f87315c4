package dev.warden.reporting;

/** Whether a report's subject is a natural person or an organisation. */
public enum SubjectType {
    INDIVIDUAL, ENTITY
}
