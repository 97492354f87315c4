package dev.warden.review.report;

import java.util.Optional;
import java.util.Set;

import dev.warden.facts.Category;
import dev.warden.reporting.ActivityCategory;
import dev.warden.reporting.ReportedActivity;

/**
 * Which kind of suspicious activity a finding supports, from its rule's category and id (docs/reporting.md, "From
 * a case to the report"). Findings that describe no activity (SYSTEM: a degraded decision) support none.
 */
final class ActivityCategories {
    /** Layering rules that find funds moving through chains of accounts (FinCEN 807, multiple accounts). */
    private static final Set<String> CHAIN_RULES = Set.of("LAYERING_PASS_THROUGH", "LAYERING_CHAIN", "LAYERING_CYCLE",
            "LAYERING_FAN_OUT", "LAYERING_FAN_IN", "LAYERING_SCATTER_GATHER", "LAYERING_GATHER_SCATTER");

    private ActivityCategories() {
    }

    static Optional<ReportedActivity> of(Category category, String ruleId) {
        String rule = ruleId == null ? "" : ruleId;
        if (category == null) return Optional.of(ReportedActivity.other(rule));
        return switch (category) {
            case LAYERING -> Optional.of(ReportedActivity.of(rule.contains("STRUCTURING") ? ActivityCategory.STRUCTURING
                    : CHAIN_RULES.contains(rule) ? ActivityCategory.LAYERING : ActivityCategory.MONEY_LAUNDERING));
            case SANCTIONS -> Optional.of(ReportedActivity.of(ActivityCategory.SANCTIONS_EVASION));
            case KYC -> Optional.of(kyc(rule));
            case POLICY -> Optional.of(rule.contains("EVASION") ? ReportedActivity.of(ActivityCategory.SANCTIONS_EVASION)
                    : ReportedActivity.other(rule));
            case SYSTEM -> Optional.empty();
        };
    }

    /** Shell-company and jurisdiction rules name an activity; other KYC gaps are "other", named by their rule. */
    private static ReportedActivity kyc(String rule) {
        if (rule.startsWith("KYC_SHELL_") || rule.equals("KYC_NEW_COMPANY_LARGE_AMOUNT")) {
            return ReportedActivity.of(ActivityCategory.SHELL_COMPANY);
        }
        if (rule.contains("HIGH_RISK_JURISDICTION") || rule.contains("FATF")) {
            return ReportedActivity.of(ActivityCategory.HIGH_RISK_JURISDICTION);
        }
        return ReportedActivity.other(rule);
    }
}
