package dev.warden.console.rules;

import java.time.Instant;
import java.util.List;

import dev.warden.rules.RuleDiagnostic;
import dev.warden.rules.scenario.ScenarioReport;

/** One run of the serving set's scenarios from the console: who asked, when, and what it found. */
public record ScenarioRun(Instant ranAt, String ranBy, ScenarioReport report, List<RuleDiagnostic> unreadable) {
}
