package dev.warden.screening.rescreen;

import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The tests' stand-in for the alerts that review will raise: it only keeps what it was handed, so a test can count
 * the hits raised. Assertions are on what the real alerts would also see (one hit per party and entry, its reason).
 */
@ApplicationScoped
public class RecordingRescreeningAlerts implements RescreeningAlerts {
    private final List<RescreeningHit> raised = new CopyOnWriteArrayList<>();

    @Override
    public void raise(Connection connection, List<RescreeningHit> hits) {
        raised.addAll(hits);
    }

    public List<RescreeningHit> of(String partyKey) {
        return raised.stream().filter(h -> h.partyKey().equals(partyKey)).toList();
    }
}
